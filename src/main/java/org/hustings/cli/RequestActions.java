package org.hustings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hustings.consent.ConsentMethod;
import org.hustings.purpose.Channel;
import org.hustings.rights.AccessReplies;
import org.hustings.rights.AccessReply;
import org.hustings.rights.Erasure;
import org.hustings.rights.Letter;
import org.hustings.rights.LetterKind;
import org.hustings.rights.Letters;
import org.hustings.rights.ReviewBand;
import org.hustings.rights.ErasurePlan;
import org.hustings.rights.Objections;
import org.hustings.rights.Rectification;
import org.hustings.rights.Requests;
import org.hustings.rights.Withdrawal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code hustings request} subcommands that act on a request. Destructive ones show a dry run unless given {@code --confirm}. */
final class RequestActions {
    private RequestActions() {
    }

    @Command(name = "reply", mixinStandardHelpOptions = true,
            description = {"Assemble the access reply (UK GDPR Art 15) from the store and write it as HTML, PDF and/or JSON.",
                "--send records it as sent and closes the request."})
    static final class Reply implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--html", paramLabel = "FILE") Path html;
        @Option(names = "--pdf", paramLabel = "FILE") Path pdf;
        @Option(names = "--json", paramLabel = "FILE") Path json;
        @Option(names = "--send", description = "Record the reply as sent (its SHA-256 goes to the ledger) and close the request.") boolean send;

        @Override
        public void run() {
            try (var s = store.open()) {
                AccessReplies replies = new AccessReplies(s, new Requests(s));
                long rid = RequestCommand.id(id);
                AccessReply reply = send ? replies.send(actor.actor(), rid) : replies.assemble(rid);
                write(html, html == null ? null : replies.html(reply).getBytes(StandardCharsets.UTF_8));
                write(pdf, pdf == null ? null : replies.pdf(reply));
                write(json, json == null ? null : replies.json(reply).getBytes(StandardCharsets.UTF_8));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s: %d values held, %d uses or disclosures recorded%s.%n", reply.ref(), reply.values().size(),
                        reply.disclosures().size(), send ? "; recorded as sent and closed" : "");
                out.flush();
            }
        }

        static void write(Path p, byte[] bytes) {
            if (p == null || bytes == null) {
                return;
            }
            try {
                Files.write(p, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + p + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = {"Erase the person of an erasure request (UK GDPR Art 17). Shows what would be deleted and kept;",
                "add --confirm to do it. The statutory register is kept as supplied and the person marked do-not-contact."})
    static final class Erase implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--confirm", description = "Erase now (otherwise only the dry run is shown).") boolean confirm;

        @Override
        public void run() {
            try (var s = store.open()) {
                Erasure erasure = new Erasure(s, new Requests(s));
                long rid = RequestCommand.id(id);
                ErasurePlan plan = confirm ? erasure.erase(actor.actor(), rid) : erasure.plan(rid);
                PrintWriter out = spec.commandLine().getOut();
                out.println(confirm ? "Erased person " + plan.personId() + ":" : "Dry run for person " + plan.personId() + " (nothing changed):");
                for (ErasurePlan.TableCount t : plan.tables()) {
                    out.printf("  %-16s %-6s %6d  %s%s%n", t.table(), t.action().name().toLowerCase(java.util.Locale.ROOT), t.rows(),
                            t.counted().equals(org.hustings.rights.ErasureRule.ROWS) ? "" : "(" + t.counted() + ") ", t.why());
                }
                out.printf("  %d identifiers %s to the suppression list.%n", plan.suppressionKeys(), confirm ? "added" : "would be added");
                if (!confirm) {
                    out.println("Run again with --confirm to erase.");
                }
                out.flush();
            }
        }
    }

    @Command(name = "restrict", mixinStandardHelpOptions = true,
            description = "Honour a restriction request (UK GDPR Art 18): the person is removed from every use. Only for a restriction request.")
    static final class Restrict implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public void run() {
            try (var s = store.open()) {
                var flags = new Objections(s, new Requests(s)).restrict(actor.actor(), RequestCommand.id(id));
                spec.commandLine().getOut().println("Restricted. Flags set: " + flags + ". The gate honours them from the next read.");
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "object", mixinStandardHelpOptions = true,
            description = {"Honour an objection request (UK GDPR Art 21): direct marketing (absolute), profiling, or both, as the request says.",
                "Only for an objection request."})
    static final class ObjectTo implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public void run() {
            try (var s = store.open()) {
                var flags = new Objections(s, new Requests(s)).object(actor.actor(), RequestCommand.id(id));
                spec.commandLine().getOut().println("Objection honoured. Flags set: " + flags + ". The gate honours them from the next read.");
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "rectify", mixinStandardHelpOptions = true,
            description = {"Correct a value everywhere it is held (UK GDPR Art 16). Shows how many rows would change; add --confirm.",
                "The ledger records the field, the person, who and why — never the value."})
    static final class Rectify implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--field", required = true, paramLabel = "FIELD", description = "A register field (e.g. surname) or a data category (e.g. contact.email).")
        String field;
        @Option(names = "--value", required = true, paramLabel = "VALUE") String value;
        @Option(names = "--reason", required = true, paramLabel = "REASON", description = "inaccurate, out_of_date or incomplete.") String reason;
        @Option(names = "--explanation", required = true, paramLabel = "TEXT") String explanation;
        @Option(names = "--confirm", description = "Make the correction (otherwise only the dry run is shown).") boolean confirm;

        @Override
        public void run() {
            Rectification.Reason why;
            try {
                why = Rectification.Reason.valueOf(reason.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.hustings.HustingsException(org.hustings.ErrorCode.BAD_REQUEST,
                        "'" + reason + "' is not a reason; expected inaccurate, out_of_date or incomplete.");
            }
            try (var s = store.open()) {
                Rectification r = new Rectification(s, new Requests(s));
                var k = new Rectification.Correction(field, value, why, explanation);
                Map<String, Long> rows = confirm ? r.rectify(actor.actor(), RequestCommand.id(id), k) : r.plan(RequestCommand.id(id), k);
                spec.commandLine().getOut().println((confirm ? "Corrected: " : "Would correct (dry run): ") + rows
                        + (confirm ? "" : ". Run again with --confirm."));
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = "Withdraw consent (UK GDPR Art 7(3)), at once: one purpose and channel, or every consent if neither is given.")
    static final class Withdraw implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--purpose", paramLabel = "PURPOSE") String purpose;
        @Option(names = "--channel", paramLabel = "CHANNEL") String channel;
        @Option(names = "--how", defaultValue = "email", paramLabel = "METHOD", description = "How the person withdrew: doorstep, phone, web, paper, email, sms.")
        String how;

        @Override
        public void run() {
            try (var s = store.open()) {
                var scope = new Withdrawal.Scope(purpose, channel == null ? null : Channel.of(channel));
                int n = new Withdrawal(s, new Requests(s)).withdraw(actor.actor(), RequestCommand.id(id), scope, ConsentMethod.of(how));
                spec.commandLine().getOut().println("Consent withdrawn for " + n + " purpose(s) and channel(s), with effect now.");
                spec.commandLine().getOut().flush();
            }
        }
    }

    @Command(name = "letter", mixinStandardHelpOptions = true,
            description = {"Write the letter a request needs besides the reply, as HTML, PDF and/or JSON:",
                "extension: more time, with the reason (UK GDPR Art 12(3): tell the person within the first month);",
                "refusal: why, and the right to complain to the ICO and to go to court (Art 12(4)-(5)).",
                "--send records it as sent (its SHA-256 goes to the ledger)."})
    static final class LetterOut implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "KIND", description = "extension or refusal.") String kind;
        @Option(names = "--html", paramLabel = "FILE") Path html;
        @Option(names = "--pdf", paramLabel = "FILE") Path pdf;
        @Option(names = "--json", paramLabel = "FILE") Path json;
        @Option(names = "--send", description = "Record the letter as sent (request history and ledger).") boolean send;

        @Override
        public void run() {
            try (var s = store.open()) {
                Letters letters = new Letters(s, new Requests(s));
                long rid = RequestCommand.id(id);
                LetterKind k = LetterKind.of(kind);
                Letter letter = send ? letters.send(actor.actor(), rid, k) : letters.write(rid, k);
                Reply.write(html, html == null ? null : letters.html(letter).getBytes(StandardCharsets.UTF_8));
                Reply.write(pdf, pdf == null ? null : letters.pdf(letter));
                Reply.write(json, json == null ? null : letters.json(letter).getBytes(StandardCharsets.UTF_8));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s: %s letter, \"%s\" (%s)%s.%n", letter.ref(), k.code(), letter.title(), letter.law(),
                        send ? "; recorded as sent" : html == null && pdf == null && json == null ? "; give --html, --pdf or --json to write it" : "");
                out.flush();
            }
        }
    }

    @Command(name = "links", mixinStandardHelpOptions = true,
            description = {"The rows the linker left below the automatic threshold that may be this request's person (for review).",
                "The request covers every record of the person: --confirm LINK attaches that row's values to them (the reply then",
                "includes them); --reject LINK says it is not them."})
    static final class Links implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--confirm", paramLabel = "LINK", description = "This row is the person: attach its values.") Long confirm;
        @Option(names = "--reject", paramLabel = "LINK", description = "This row is not the person.") Long reject;

        @Override
        public void run() {
            try (var s = store.open()) {
                ReviewBand band = new ReviewBand(s, new Requests(s));
                long rid = RequestCommand.id(id);
                PrintWriter out = spec.commandLine().getOut();
                if (confirm != null) {
                    band.confirm(actor.actor(), rid, confirm);
                    out.println("Link " + confirm + " confirmed: its values are now the person's, and the request covers them.");
                }
                if (reject != null) {
                    band.reject(actor.actor(), rid, reject);
                    out.println("Link " + reject + " rejected: the row stays unattached.");
                }
                List<ReviewBand.Candidate> left = band.forRequest(rid);
                if (left.isEmpty()) {
                    out.println("No rows wait for review for this request's person.");
                }
                for (ReviewBand.Candidate k : left) {
                    out.printf("link %-6d p=%.3f  %s  list: %s%n", k.linkId(), k.probability(),
                            k.datasetId() == null ? "(no dataset)" : k.fileName() + " (dataset " + k.datasetId() + ") line " + k.line(),
                            k.list().entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> e.getKey() + "=" + e.getValue()).toList());
                }
                out.flush();
            }
        }
    }
}
