package org.hustings.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.FieldDecision;
import org.hustings.gate.Gate;
import org.hustings.gate.GateReport;
import org.hustings.gate.RuleCount;
import org.hustings.gate.Selection;
import org.hustings.purpose.Purposes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hustings gate dry-run}: what a purpose would get, what is refused, and why. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "The purpose gate: every use of personal data names a purpose and is refused, with a reason, where the law does not allow it.",
        subcommands = {GateCommand.DryRun.class})
final class GateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "dry-run", mixinStandardHelpOptions = true,
            description = {"Show what a processing activity would get for a selection of people, and what is refused and why, "
                    + "without reading any value. Exit code 5 when the whole activity is refused."})
    static final class DryRun implements java.util.concurrent.Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        ActorOption actor;
        @Spec
        CommandSpec spec;
        @Option(names = "--purpose", required = true, paramLabel = "ACTIVITY", description = "The processing activity, e.g. canvassing.")
        String purpose;
        @Option(names = "--la", paramLabel = "GSS", description = "Only the current electors of this local authority.")
        String la;
        @Option(names = "--district", paramLabel = "CODE", description = "Only these polling districts (with --la); repeatable.")
        List<String> districts = new ArrayList<>();
        @Option(names = "--person", paramLabel = "ID", description = "Only these people (internal ids); repeatable.")
        List<Long> people = new ArrayList<>();
        @Option(names = "--examples", paramLabel = "N", defaultValue = "0", description = "Up to N person ids per refusing rule.")
        int examples;

        @Override
        public Integer call() {
            try (var s = store.open()) {
                new Purposes(s).seedDefaults(actor.actor());
                GateReport r = new Gate(s).dryRun(purpose, actor.actor(), selection(), examples);
                print(spec.commandLine().getOut(), r);
                return r.refused() ? ErrorCode.REFUSED.exitCode() : 0;
            }
        }

        private Selection selection() {
            if (!people.isEmpty()) {
                return Selection.people(people);
            }
            if (!districts.isEmpty()) {
                if (la == null) {
                    throw new HustingsException(ErrorCode.BAD_REQUEST, "--district needs --la (the local authority the districts belong to).");
                }
                return Selection.pollingDistricts(la, districts);
            }
            return la == null ? Selection.everyone() : Selection.localAuthority(la);
        }
    }

    static void print(PrintWriter out, GateReport r) {
        out.printf("Purpose: %s, for %s (dry run by %s)%n", r.activity(), r.selection(), r.actor());
        if (r.refused()) {
            out.printf("REFUSED: %s [%s]%n", r.refusal().text(), r.refusal().rule());
            return;
        }
        out.printf("People: %,d in the selection, %,d would be released; %,d values.%n", r.peopleInSelection(), r.peopleReleased(),
                r.valuesReleased());
        out.println(r.minLinkProbability() == null
                ? "Minimum link probability: none (values linked at import are used whatever their probability)."
                : String.format(java.util.Locale.ROOT, "Minimum link probability: %s — a value linked to a person with a lower probability is "
                        + "withheld, as it may belong to someone else (UK GDPR Art 5(1)(d), accuracy).", r.minLinkProbability()));
        out.println("Fields released:");
        for (FieldDecision f : r.permittedFields()) {
            out.printf("  %-24s %-32s %,10d values  from %s%n", f.field(), f.category(), f.values(), sources(f));
        }
        out.println("Fields refused:");
        for (FieldDecision f : r.refusedFields()) {
            out.printf("  %-24s %-32s [%s] %s%s  from %s%n", f.field(), f.category(), f.refusal().rule(), f.refusal().text(),
                    f.values() == null ? "" : " — " + f.values() + " values withheld", sources(f));
        }
        if (!r.peopleRefused().isEmpty() || !r.valuesWithheld().isEmpty()) {
            out.println("People and values refused:");
        }
        for (RuleCount c : r.peopleRefused()) {
            out.printf("  %,8d people  [%s] %s (%s)%s%n", c.count(), c.rule(), c.reason(), c.law(),
                    c.examples().isEmpty() ? "" : "  e.g. " + c.examples());
        }
        for (RuleCount c : r.valuesWithheld()) {
            out.printf("  %,8d values  [%s] %s (%s)%n", c.count(), c.rule(), c.reason(), c.law());
        }
    }

    private static String sources(FieldDecision f) {
        return f.sources().size() <= 3 ? String.join(", ", f.sources()) : f.sources().size() + " sources";
    }
}
