package org.hustings.cli;

import java.io.PrintWriter;
import java.time.Instant;
import org.hustings.consent.ConsentEntry;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.consent.Recorded;
import org.hustings.purpose.Channel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hustings consent grant|withdraw|history}: consent per person, purpose and channel. */
@Command(name = "consent", mixinStandardHelpOptions = true,
        description = "Consents per person, purpose and channel: when, how and with which wording; withdrawal takes effect at once.",
        subcommands = {ConsentCommand.Grant.class, ConsentCommand.Withdraw.class, ConsentCommand.History.class})
final class ConsentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Record a consent with its evidence.")
    static final class Grant implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON-ID") long person;
        @Option(names = "--purpose", required = true) String purpose;
        @Option(names = "--channel", required = true, description = "door, phone, post, email, sms, social or none") String channel;
        @Option(names = "--method", required = true, description = "doorstep, phone, web, paper, email or sms") String method;
        @Option(names = "--when", description = "When it was given (ISO instant, default now).") Instant when;
        @Option(names = "--source", required = true, description = "The source whose consent wording was shown.") String source;
        @Option(names = "--wording", required = true, description = "The version of that wording.") int wording;

        public void run() {
            try (var s = store.open()) {
                Recorded r = new Consents(s).record(actor.actor(), ConsentRecord.grant(person, purpose, Channel.of(channel),
                        when == null ? Instant.now() : when, ConsentMethod.of(method), source, wording));
                spec.commandLine().getOut().println(r.provable() ? "Consent " + r.consentId() + " recorded."
                        : "Consent " + r.consentId() + " recorded but NOT provable, so it will not be relied on: missing " + r.missing() + ".");
            }
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Record a withdrawal; it takes effect at once.")
    static final class Withdraw implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON-ID") long person;
        @Option(names = "--purpose", required = true) String purpose;
        @Option(names = "--channel", required = true) String channel;
        @Option(names = "--method", required = true) String method;

        public void run() {
            try (var s = store.open()) {
                Recorded r = new Consents(s).record(actor.actor(), ConsentRecord.withdraw(person, purpose, Channel.of(channel), Instant.now(),
                        ConsentMethod.of(method)));
                spec.commandLine().getOut().println("Withdrawal " + r.consentId() + " recorded; it applies to the next read.");
            }
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every consent record of a person, oldest first.")
    static final class History implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "PERSON-ID") long person;

        public void run() {
            try (var s = store.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (ConsentEntry e : new Consents(s).history(person)) {
                    out.printf("#%d %-9s %-22s %-6s given %s by %s, wording %s v%s; recorded by %s at %s%n", e.id(), e.status().code(), e.purpose(),
                            e.channel().code(), e.givenAt() == null ? "(unknown time)" : e.givenAt(), e.method() == null ? "(unknown)" : e.method().code(),
                            e.sourceCode() == null ? "(none)" : e.sourceCode(), e.wordingVersion() == null ? "?" : e.wordingVersion(), e.recordedBy(),
                            e.recordedAt());
                }
            }
        }
    }
}
