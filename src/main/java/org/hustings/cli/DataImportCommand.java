package org.hustings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Problem;
import org.hustings.ingest.RejectionThreshold;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.data.DataImporter;
import org.hustings.ingest.data.DataLoad;
import org.hustings.ingest.data.DataMapping;
import org.hustings.ingest.data.PendingCount;
import org.hustings.ingest.data.PendingRow;
import org.hustings.ingest.data.PendingRows;
import org.hustings.link.store.LinkStore;
import org.hustings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hustings import data|pending|attach}: non-register data with its provenance, and the rows waiting for the linker. */
final class DataImportCommand {
    private DataImportCommand() {
    }

    @Command(name = "data", mixinStandardHelpOptions = true,
            description = {"Load canvass returns, membership or supporter lists, web sign-ups, broker files or area statistics "
                    + "(CSV or XLSX) as a mapping file says (docs/data-mappings.md).",
                "Nothing is stored without provenance: the source must have a lawful footing (UK GDPR Arts 6 and 9). "
                    + "Rows attach to people by elector number or by name, address and postcode; the rest wait for the linker."})
    static final class Data implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping file (JSON) for this file's layout.")
        Path mapping;

        @Option(names = "--authority", paramLabel = "CODE",
                description = "The local authority whose current register the rows attach to (needed when the file has elector numbers).")
        String authority;

        @Option(names = "--max-rejected", paramLabel = "LIMIT", defaultValue = "5%",
                description = "Refuse the whole file when more rows than this are bad: a share (5%%) or a count (100). Default: ${DEFAULT-VALUE}.")
        String maxRejected;

        @Option(names = "--as", paramLabel = "USER", description = "Who is loading the file (recorded). Default: the system user.")
        String actor;

        @Parameters(paramLabel = "FILE", description = "The data file (.csv or .xlsx).")
        Path file;

        @Override
        public Integer call() {
            DataMapping m = DataMapping.read(mapping);
            SourceFile source = SourceFile.inspect(file);
            try (Store s = store.open()) {
                DataLoad load = new DataImporter(s).load(source, m, new DataImporter.Request(authority, actor, RejectionThreshold.parse(maxRejected)));
                PrintWriter out = spec.commandLine().getOut();
                out.println(load.describe());
                for (Problem p : load.outcome().firstProblems()) {
                    out.println("  " + (p.severity() == Problem.Severity.REJECTED ? "rejected: " : "warning:  ") + p.describe());
                }
                if (!load.outcome().firstProblems().isEmpty()) {
                    out.println("  All problems: hustings problems " + load.outcome().datasetId());
                }
                out.flush();
                return load.outcome() instanceof ImportOutcome.Refused ? 3 : 0;
            }
        }
    }

    @Command(name = "pending", mixinStandardHelpOptions = true,
            description = "Rows of non-register files no exact key attached, waiting for the probabilistic linker: counts per dataset, "
                    + "or the rows of one dataset.")
    static final class Pending implements Runnable {
        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DATASET", description = "A dataset number: list its pending rows.")
        Long dataset;

        @Option(names = "--limit", defaultValue = "50", description = "Show at most this many rows (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                PendingRows pending = new PendingRows(s);
                List<PendingCount> counts = pending.counts(dataset);
                if (counts.isEmpty()) {
                    out.println(dataset == null ? "No rows are waiting for the linker." : "Dataset " + dataset + " has no pending rows.");
                    return;
                }
                out.printf("%-8s %-16s %-32s %9s %12s %9s %10s %9s%n", "dataset", "kind", "file", "pending", "no-exact-key",
                        "no-match", "ambiguous", "attached");
                for (PendingCount c : counts) {
                    out.printf("%-8d %-16s %-32s %,9d %,12d %,9d %,10d %,9d%n", c.datasetId(), c.kind(), c.file(), c.pending(),
                            c.noExactKey(), c.noMatch(), c.ambiguous(), c.attached());
                }
                if (dataset != null) {
                    out.println();
                    for (PendingRow r : pending.rows(dataset, 0, limit)) {
                        out.printf("line %-6d %-12s %s%s%s%s%s%n", r.line(), r.reason(), r.electorNumber() == null ? "" : r.electorNumber() + " ",
                                join(r.forenames(), r.surname()), r.address() == null ? "" : ", " + r.address(),
                                r.postcode() == null ? "" : ", " + r.postcode(), r.email() == null ? "" : " <" + r.email() + ">");
                    }
                }
            }
        }

        private static String join(String forenames, String surname) {
            return ((forenames == null ? "" : forenames + " ") + (surname == null ? "" : surname)).trim();
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = {"Attach a pending row to a person, e.g. after reviewing the linker's suggestion; its values and consents follow.",
                "This decides the row: the linker's review pairs still open for it close (superseded)."})
    static final class Attach implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATASET") long dataset;

        @Parameters(index = "1", paramLabel = "LINE") long line;

        @Parameters(index = "2", paramLabel = "PERSON") long person;

        @Option(names = "--probability", defaultValue = "1.0", description = "The match probability (default ${DEFAULT-VALUE}: a reviewed match).")
        double probability;

        @Option(names = "--as", paramLabel = "USER", description = "Who decided the link (recorded). Default: the system user.")
        String actor;

        @Override
        public Integer call() {
            String who = actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor;
            try (Store s = store.open()) {
                // Through the link store: attaching by hand decides the row, so its open review pairs close with it (docs/adr/0135).
                LinkStore.Attached a = new LinkStore(s).attach(List.of(new PendingRows.Link(dataset, line, person, probability)), who);
                spec.commandLine().getOut().printf("Attached line %d of dataset %d to person %d: %,d values.%n", line, dataset, person,
                        a.valuesAttached());
                spec.commandLine().getOut().println(a.superseded() == 0 ? "No review pairs for this row were waiting."
                        : a.superseded() == 1 ? "1 review pair for this row was waiting; it is now closed (superseded)."
                        : String.format("%,d review pairs for this row were waiting; they are now closed (superseded).", a.superseded()));
                return 0;
            }
        }
    }
}
