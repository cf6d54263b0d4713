package org.hustings.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.ledger.Checkpoint;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.ledger.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hustings ledger verify|show|person}: check the ledger's chain and read what it records. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "The ledger: every import, gated read, export, rights action and configuration change, hash-chained.",
        subcommands = {LedgerCommand.Verify.class, LedgerCommand.Show.class, LedgerCommand.Person.class})
final class LedgerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every entry follows from the one before it; say where the chain first breaks.",
                "Exit code 0 when intact, 6 when broken. Note the head hash printed somewhere outside Hustings: "
                    + "a later check that still reaches it shows nothing before it was rewritten."})
    static final class Verify implements java.util.concurrent.Callable<Integer> {
        @Mixin
        StoreOption store;
        @Spec
        CommandSpec spec;
        @Option(names = "--checkpoint", paramLabel = "SEQ:HASH",
                description = "A head noted earlier (entry number and hash): also check the chain still passes through it, "
                        + "which catches a rewrite that recomputed every hash.")
        String checkpoint;

        @Override
        public Integer call() {
            Checkpoint noted = checkpoint == null ? null : Checkpoint.parse(checkpoint);
            try (var s = store.open()) {
                Ledger ledger = new Ledger(s);
                Verification v = noted == null ? ledger.verify() : ledger.verifyThrough(noted);
                PrintWriter out = spec.commandLine().getOut();
                if (v instanceof Verification.Intact ok) {
                    out.println(ok.describe());
                    if (noted != null) {
                        out.println("It passes through the checkpoint " + noted + ".");
                    }
                } else if (v instanceof Verification.Broken broken) {
                    out.println(broken.describe());
                    out.println(broken.intactBefore() == 0 ? "No entry before it could be trusted."
                            : "Entries 1 to " + broken.intactBefore() + " are intact, ending in hash " + broken.lastIntactHash() + ".");
                }
                out.flush();
                return v.intact() ? 0 : ErrorCode.CONFLICT.exitCode();
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the latest entries, newest first.")
    static final class Show implements Runnable {
        @Mixin
        StoreOption store;
        @Spec
        CommandSpec spec;
        @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many entries (default ${DEFAULT-VALUE}).")
        int last;
        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action, e.g. gate.read or import.register.")
        String action;

        @Override
        public void run() {
            try (var s = store.open()) {
                Ledger ledger = new Ledger(s);
                List<RecordedEntry> entries = action == null ? ledger.latest(last) : ledger.latest(last, action);
                print(spec.commandLine().getOut(), entries, action == null ? "The ledger is empty." : "No " + action + " entries.");
            }
        }
    }

    @Command(name = "person", mixinStandardHelpOptions = true,
            description = "Every entry that reached one person, by internal person id (for subject access, UK GDPR Art 15).")
    static final class Person implements Runnable {
        @Mixin
        StoreOption store;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The person's internal id.")
        long personId;

        @Override
        public void run() {
            try (var s = store.open()) {
                print(spec.commandLine().getOut(), new Ledger(s).entriesForPerson(personId),
                        "No ledger entry names person " + personId + ".");
            }
        }
    }

    static void print(PrintWriter out, List<RecordedEntry> entries, String none) {
        if (entries.isEmpty()) {
            out.println(none);
        }
        for (RecordedEntry e : entries) {
            out.printf("#%d  %s  %s  %s  %s  people=%d  %s  hash=%s%n", e.seq(), e.time(), e.actor(), e.action(),
                    e.subject().isEmpty() ? "-" : e.subject(), e.personCount(), e.detailsJson(), e.hash().substring(0, 16));
        }
        out.flush();
    }
}
