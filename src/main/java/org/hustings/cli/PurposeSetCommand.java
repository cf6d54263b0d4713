package org.hustings.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Purposes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hustings purpose set ACTIVITY --min-link-probability P | --clear-min-link-probability}:
 * the lowest link probability at which a value linked to a person may be used for the activity
 * (UK GDPR Art 5(1)(d), accuracy). Ledgered as a configuration change.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Change how a processing activity uses linked data.",
            "--min-link-probability P: a value attached to a person by a probabilistic link below P is not used for this activity; "
                    + "it may belong to someone else (UK GDPR Art 5(1)(d), accuracy). Register values and exact-key links are not affected."})
final class PurposeSetCommand implements Runnable {
    @Mixin StoreOption store;
    @Mixin ActorOption actor;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "ACTIVITY", description = "The processing activity, e.g. email.") String code;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    static final class Change {
        @Option(names = "--min-link-probability", paramLabel = "P", description = "Above 0 and at most 1, e.g. 0.95.") Double minimum;
        @Option(names = "--clear-min-link-probability", description = "No minimum beyond the link threshold used at import.") boolean clear;
    }

    @Override
    public void run() {
        try (var s = store.open()) {
            Purposes purposes = new Purposes(s);
            purposes.seedDefaults(actor.actor());
            Double before = purposes.require(code).minLinkProbability();
            Activity a = purposes.setMinLinkProbability(actor.actor(), code, change.clear ? null : change.minimum);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s: minimum link probability %s (was %s).%n", a.code(), PurposeCommand.minimum(a.minLinkProbability()),
                    PurposeCommand.minimum(before));
            out.println(a.minLinkProbability() == null
                    ? "Linked values are used whatever their link probability (above the threshold used when they were linked)."
                    : "Values linked to a person below it are withheld from this activity (UK GDPR Art 5(1)(d), accuracy).");
        }
    }
}
