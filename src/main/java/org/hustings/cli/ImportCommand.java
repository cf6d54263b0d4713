package org.hustings.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.Problem;
import org.hustings.ingest.RejectionThreshold;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.register.RegisterReaders;
import org.hustings.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings import …}: load register files, all-or-nothing, with bad rows quarantined. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load an ERO's register files. Each file loads whole or not at all; loading the same file again changes nothing.",
            "Bad rows are quarantined with file, line, field and reason (see: hustings problems)."},
        subcommands = {
            ImportCommand.Register.class, ImportCommand.Notice.class, ImportCommand.Marked.class, ImportCommand.Absent.class,
            DataImportCommand.Data.class, DataImportCommand.Pending.class, DataImportCommand.Attach.class
        })
final class ImportCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    /** Options every import shares. */
    static final class Common {
        @Mixin
        StoreOption store;

        @Option(names = "--authority", required = true, paramLabel = "CODE",
                description = "The local authority whose ERO supplied the file (GSS code, e.g. E07000223).")
        String authority;

        @Option(names = "--authority-name", paramLabel = "NAME", description = "Its name, e.g. Adur (recorded the first time).")
        String authorityName;

        @Option(names = "--max-rejected", paramLabel = "LIMIT", defaultValue = "5%",
                description = "Refuse the whole file when more rows than this are bad: a share (5%%) or a count (100). Default: ${DEFAULT-VALUE}.")
        String maxRejected;

        @Option(names = "--as", paramLabel = "USER", description = "Who is loading the file (recorded). Default: the system user.")
        String actor;

        Importer.Request request(Progress progress) {
            return new Importer.Request(authority, authorityName, actor, RejectionThreshold.parse(maxRejected), progress.sink());
        }
    }

    /** Election options for marked registers and absent-voter lists. */
    static final class Election {
        @Option(names = "--election", required = true, paramLabel = "NAME", description = "The election, e.g. \"UK Parliamentary general election\".")
        String name;

        @Option(names = "--held", required = true, paramLabel = "DATE", description = "Polling day, e.g. 2024-07-04.")
        LocalDate held;
    }

    static int report(ImportOutcome outcome) {
        System.out.println(outcome.describe());
        for (Problem p : outcome.firstProblems()) {
            System.out.println("  " + (p.severity() == Problem.Severity.REJECTED ? "rejected: " : "warning:  ") + p.describe());
        }
        if (!outcome.firstProblems().isEmpty()) {
            System.out.println("  All problems: hustings problems " + outcome.datasetId());
        }
        return outcome instanceof ImportOutcome.Refused ? 3 : 0;
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Load a full register as a new edition; people are carried over from the previous edition by name and address.")
    static final class Register implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Option(names = "--published", required = true, paramLabel = "DATE", description = "The edition's publication date, e.g. 2026-12-01.")
        LocalDate published;

        @Option(names = "--mapping", paramLabel = "FILE", description = "A column-mapping .properties file for a register in a layout Hustings does not know.")
        Path mapping;

        @Parameters(paramLabel = "FILE", description = "The register file (Xpress, Idox, Halarose, RollNo layouts are detected from the header).")
        Path file;

        @Override
        public Integer call() {
            SourceFile source = SourceFile.inspect(file);
            try (Store store = common.store.open(); Progress progress = Progress.rows("Importing " + source.name(), -1)) {
                var reader = mapping == null ? RegisterReaders.register() : RegisterReaders.register(mapping);
                return report(new Importer(store).register(source, reader, common.request(progress), published));
            }
        }
    }

    @Command(name = "notice", mixinStandardHelpOptions = true,
            description = "Apply a monthly notice of alteration (Xpress, Idox, Halarose, ChangeTypeID) to the current edition.")
    static final class Notice implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @Parameters(paramLabel = "FILE", description = "The notice of alteration.")
        Path file;

        @Override
        public Integer call() {
            SourceFile source = SourceFile.inspect(file);
            try (Store store = common.store.open(); Progress progress = Progress.rows("Applying " + source.name(), -1)) {
                return report(new Importer(store).notice(source, RegisterReaders.notices(), common.request(progress)));
            }
        }
    }

    @Command(name = "marked", mixinStandardHelpOptions = true,
            description = "Load a marked register: who voted in person or by post (Representation of the People Regulations 2001 reg 117).")
    static final class Marked implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @ArgGroup(exclusive = false, multiplicity = "1")
        Election election;

        @Parameters(paramLabel = "FILE", description = "The marked register.")
        Path file;

        @Override
        public Integer call() {
            SourceFile source = SourceFile.inspect(file);
            try (Store store = common.store.open(); Progress progress = Progress.rows("Importing " + source.name(), -1)) {
                return report(new Importer(store).markedRegister(source, RegisterReaders.markedRegister(), common.request(progress),
                        election.name, election.held));
            }
        }
    }

    @Command(name = "absent", mixinStandardHelpOptions = true,
            description = "Load an absent-voter list (postal, proxy, postal proxy), or a marked postal list with returned ballots.")
    static final class Absent implements Callable<Integer> {
        @Mixin
        Common common = new Common();

        @ArgGroup(exclusive = false, multiplicity = "0..1")
        Election election;

        @Parameters(paramLabel = "FILE", description = "The absent-voter list.")
        Path file;

        @Override
        public Integer call() {
            SourceFile source = SourceFile.inspect(file);
            try (Store store = common.store.open(); Progress progress = Progress.rows("Importing " + source.name(), -1)) {
                return report(new Importer(store).absentVoters(source, RegisterReaders.absentVoters(), common.request(progress),
                        election == null ? null : election.name, election == null ? null : election.held));
            }
        }
    }
}
