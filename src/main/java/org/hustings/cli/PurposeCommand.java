package org.hustings.cli;

import java.io.PrintWriter;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Dpia;
import org.hustings.purpose.Purposes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hustings purpose list|show|seed|dpia-draft|dpia-decide}: the register of processing activities (UK GDPR Art 30). */
@Command(name = "purpose", mixinStandardHelpOptions = true,
        description = "The register of processing activities (UK GDPR Art 30) and their impact assessments (Art 35).",
        subcommands = {PurposeCommand.List.class, PurposeCommand.Show.class, PurposeCommand.Seed.class, PurposeCommand.DraftDpia.class,
            PurposeCommand.DecideDpia.class})
final class PurposeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "seed", mixinStandardHelpOptions = true, description = "Load the default activities into an empty register.")
    static final class Seed implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                int n = new Purposes(s).seedDefaults(actor.actor());
                spec.commandLine().getOut().println(n == 0 ? "The register already holds activities; nothing added." : n + " activities added.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the processing activities with their lawful basis and DPIA state.")
    static final class List implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                Purposes purposes = new Purposes(s);
                purposes.seedDefaults(actor.actor());
                PrintWriter out = spec.commandLine().getOut();
                for (Activity a : purposes.list()) {
                    out.printf("%-26s %-22s %-24s %-8s %s%n", a.code(), a.article6(), a.article9() == null ? "-" : a.article9(), a.channel().code(),
                            !a.dpiaRequired() ? "no DPIA needed" : purposes.dpiaApproved(a.code()) ? "DPIA approved" : "DPIA NEEDED — refused until approved");
                }
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one activity as it appears in the Article 30 record.")
    static final class Show implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ACTIVITY") String code;

        public void run() {
            try (var s = store.open()) {
                Purposes purposes = new Purposes(s);
                Activity a = purposes.require(code);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s — %s%n%s%nUse: %s; channel: %s; direct marketing: %s; profiling: %s%n", a.code(), a.name(), a.description(),
                        a.use().code(), a.channel().code(), a.directMarketing() ? "yes" : "no", a.profiling() ? "yes" : "no");
                out.printf("Article 6: %s; Article 9: %s%nData: %s%nRecipients: %s%nRetention: %s%n", a.article6(),
                        a.article9() == null ? "none" : a.article9(), a.categories(), a.recipients(), a.retention());
                for (Dpia d : purposes.dpias(code)) {
                    out.printf("DPIA %d: %s (drafted by %s%s)%n", d.id(), d.status().code(), d.draftedBy(),
                            d.decidedBy() == null ? "" : ", decided by " + d.decidedBy());
                }
            }
        }
    }

    @Command(name = "dpia-draft", mixinStandardHelpOptions = true, description = "Start a DPIA for an activity.")
    static final class DraftDpia implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ACTIVITY") String code;
        @Option(names = "--summary", required = true, description = "The risks found and the measures taken.") String summary;

        public void run() {
            try (var s = store.open()) {
                spec.commandLine().getOut().println("DPIA " + new Purposes(s).draftDpia(actor.actor(), code, summary) + " drafted.");
            }
        }
    }

    @Command(name = "dpia-decide", mixinStandardHelpOptions = true, description = "Approve or reject a draft DPIA.")
    static final class DecideDpia implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DPIA-ID") long id;
        @Option(names = "--approve", description = "Approve it (otherwise it is rejected).") boolean approve;

        public void run() {
            try (var s = store.open()) {
                Dpia d = new Purposes(s).decideDpia(actor.actor(), id, approve);
                spec.commandLine().getOut().println("DPIA " + d.id() + " for " + d.activity() + ": " + d.status().code() + ".");
            }
        }
    }
}
