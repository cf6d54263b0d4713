package org.hustings.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.purpose.Activity;
import org.hustings.purpose.ActivityEdit;
import org.hustings.purpose.Dpia;
import org.hustings.purpose.DpiaSignOff;
import org.hustings.purpose.Purposes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hustings purpose list|show|seed|edit|set|dpia-draft|dpia-decide}: the register of processing
 * activities (UK GDPR Art 30). The defaults are put in place by themselves the first time anything
 * needs them; {@code seed} adds any default that is missing, and never changes one that is there.
 */
@Command(name = "purpose", mixinStandardHelpOptions = true,
        description = "The register of processing activities (UK GDPR Art 30) and their impact assessments (Art 35).",
        subcommands = {PurposeCommand.List.class, PurposeCommand.Show.class, PurposeCommand.Seed.class, PurposeCommand.Edit.class, PurposeSetCommand.class,
            PurposeCommand.DraftDpia.class, PurposeCommand.DecideDpia.class})
final class PurposeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Add any default activity missing from the register (done by itself when first needed); never changes one that is there.")
    static final class Seed implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                int n = new Purposes(s).seedDefaults(actor.actor());
                spec.commandLine().getOut().println(n == 0 ? "Every default activity is in the register; nothing added." : n + " activities added.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the processing activities with their lawful basis and DPIA state.")
    static final class List implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                Purposes purposes = new Purposes(s);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-26s %-22s %-24s %-8s %-9s %s%n", "ACTIVITY", "ARTICLE 6", "ARTICLE 9", "CHANNEL", "MIN LINK", "DPIA");
                for (Activity a : purposes.list()) {
                    out.printf("%-26s %-22s %-24s %-8s %-9s %s%n", a.code(), a.article6(), a.article9() == null ? "-" : a.article9(), a.channel().code(),
                            a.minLinkProbability() == null ? "-" : minimum(a.minLinkProbability()),
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
                out.printf("DPIA required: %s%n", a.dpiaRequired() ? "yes" : "no");
                out.printf("Minimum link probability: %s%n", a.minLinkProbability() == null
                        ? "none (linked values are used whatever their link probability)"
                        : minimum(a.minLinkProbability()) + " (values linked below it are withheld, UK GDPR Art 5(1)(d))");
                for (Dpia d : purposes.dpias(code)) {
                    out.printf("DPIA %d: %s (drafted by %s%s)%s%n", d.id(), d.status().code(), d.draftedBy(),
                            d.decidedBy() == null ? "" : ", decided by " + d.decidedBy(),
                            d.signOff() == null ? "" : "; signed off by " + d.signOff().by() + " on " + d.signOff().on() + ", ref " + d.signOff().reference());
                }
            }
        }
    }

    /** A probability as typed (0.95), or "none". */
    static String minimum(Double p) {
        return p == null ? "none" : java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
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

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change an activity's Article 30 entry; options not given keep what is there. Refused, with every reason, "
                    + "when the result breaks the law (e.g. public task outside electoral law, marketing by email without consent)."})
    static final class Edit implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ACTIVITY") String code;
        @Option(names = "--name") String name;
        @Option(names = "--description") String description;
        @Option(names = "--basis", description = "Article 6 basis, e.g. legitimate_interests, consent.") String basis;
        @Option(names = "--condition", description = "Article 9 condition, e.g. political_party.") String condition;
        @Option(names = "--no-condition", description = "Remove the Article 9 condition.") boolean noCondition;
        @Option(names = "--category", paramLabel = "KEY", description = "A data category used (replaces the list); repeatable.")
        java.util.List<String> categories;
        @Option(names = "--recipient", description = "A recipient (replaces the list); repeatable.") java.util.List<String> recipients;
        @Option(names = "--retention") String retention;
        @Option(names = "--dpia-required", arity = "1", paramLabel = "yes|no", description = "Whether a DPIA must be approved before it runs.")
        String dpiaRequired;

        public void run() {
            if (noCondition && condition != null) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Give --condition or --no-condition, not both.");
            }
            Boolean dpia = dpiaRequired == null ? null : switch (dpiaRequired.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true" -> Boolean.TRUE;
                case "no", "false" -> Boolean.FALSE;
                default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "--dpia-required takes yes or no, not '" + dpiaRequired + "'.");
            };
            try (var s = store.open()) {
                Activity a = new Purposes(s).edit(actor.actor(), code, new ActivityEdit(name, description, basis, noCondition ? "" : condition,
                        categories, recipients, retention, dpia));
                spec.commandLine().getOut().println(a.code() + " updated: " + a.article6() + (a.article9() == null ? "" : ", " + a.article9())
                        + "; data " + a.categories() + "; DPIA " + (a.dpiaRequired() ? "required" : "not required") + ".");
            }
        }
    }

    @Command(name = "dpia-decide", mixinStandardHelpOptions = true,
            description = "Approve or reject a draft DPIA. An approval names who signed it off, when, and the document's reference.")
    static final class DecideDpia implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DPIA-ID") long id;
        @Option(names = "--approve", description = "Approve it (otherwise it is rejected).") boolean approve;
        @Option(names = "--signed-off-by", paramLabel = "NAME", description = "Who signed it off (required to approve).") String by;
        @Option(names = "--signed-off-on", paramLabel = "DATE", description = "The day it was signed off (default today).") LocalDate on;
        @Option(names = "--reference", paramLabel = "REF", description = "The assessment document's reference (required to approve).") String reference;

        public void run() {
            try (var s = store.open()) {
                Purposes purposes = new Purposes(s);
                boolean signed = approve || by != null || reference != null;
                Dpia d = signed ? purposes.decideDpia(actor.actor(), id, approve, new DpiaSignOff(by,
                        on == null ? LocalDate.now(java.time.ZoneId.of("Europe/London")) : on, reference))
                        : purposes.decideDpia(actor.actor(), id, false);
                spec.commandLine().getOut().println("DPIA " + d.id() + " for " + d.activity() + ": " + d.status().code() + ".");
            }
        }
    }
}
