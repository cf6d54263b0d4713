package org.hustings.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.hustings.rights.Candidate;
import org.hustings.rights.IdentityCheck;
import org.hustings.rights.IdentityMethod;
import org.hustings.rights.Intake;
import org.hustings.rights.Nation;
import org.hustings.rights.PersonSearch;
import org.hustings.rights.RefusalGround;
import org.hustings.rights.RequestEvent;
import org.hustings.rights.RequestKind;
import org.hustings.rights.Requests;
import org.hustings.rights.RightsRequest;
import org.hustings.rights.SearchQuery;
import org.hustings.rights.SearchResult;
import org.hustings.rights.UnlinkedRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hustings request …}: individual rights requests and their statutory clocks (UK GDPR
 * Art 12(3): one month from receipt or from the identity evidence, extendable by two). Intake and
 * the clock are here; acting on a request (reply, erase, restrict, object, rectify, withdraw) is
 * in {@link RequestActions}.
 */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = {"Individual rights requests: access, rectification, erasure, restriction, objection, consent withdrawal.",
            "The reply is due one calendar month from receipt (or from the identity evidence), on a working day (UK GDPR Art 12(3))."},
        subcommands = {RequestCommand.New.class, RequestCommand.ListRequests.class, RequestCommand.Show.class, RequestCommand.Verify.class,
            RequestCommand.Find.class, RequestCommand.Match.class, RequestCommand.Extend.class, RequestCommand.Refuse.class,
            RequestActions.Reply.class, RequestActions.Erase.class, RequestActions.Restrict.class, RequestActions.ObjectTo.class,
            RequestActions.Rectify.class, RequestActions.Withdraw.class, RequestActions.LetterOut.class, RequestActions.Links.class})
final class RequestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Take in a request. Without identity evidence the clock waits for it.")
    static final class New implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "access, rectification, erasure, restriction, objection_marketing, objection_profiling, objection_all or consent_withdrawal.")
        String kind;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The requester's name as they gave it.")
        String name;
        @Option(names = "--contact", paramLabel = "HOW", description = "Where to send the reply (email or postal address).")
        String contact;
        @Option(names = "--details", paramLabel = "TEXT", description = "What the person asked, in their words.")
        String details;
        @Option(names = "--received", required = true, paramLabel = "DATE", description = "The day the request arrived, e.g. 2024-11-25.")
        LocalDate received;
        @Option(names = "--nation", defaultValue = "england-and-wales", paramLabel = "NATION",
                description = "Whose bank holidays count: england-and-wales (default), scotland or northern-ireland.")
        String nation;
        @Option(names = "--identity", paramLabel = "METHOD", description = "Identity already checked: no_doubt, document, in_person or contact_confirmed.")
        String identity;
        @Option(names = "--evidence", paramLabel = "TEXT", description = "What identity evidence was seen (described, not copied).")
        String evidence;
        @Option(names = "--person", paramLabel = "PERSON",
                description = "The person the request is about, if already found (`hustings people find`); otherwise match them later.")
        Long person;

        @Override
        public void run() {
            IdentityCheck check = identity == null ? null : new IdentityCheck(IdentityMethod.of(identity), evidence, received);
            try (var s = store.open()) {
                RightsRequest r = new Requests(s).intake(actor.actor(), new Intake(RequestKind.of(kind), name, contact, details, received,
                        Nation.of(nation), check), person);
                print(spec.commandLine().getOut(), r);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The queue: waiting for identity, overdue, then by deadline.")
    static final class ListRequests implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Option(names = "--all", description = "Every request, closed ones too (newest first, at most 500).")
        boolean all;

        @Override
        public void run() {
            try (var s = store.open()) {
                Requests requests = new Requests(s);
                List<RightsRequest> list = all ? requests.all(500) : requests.queue();
                PrintWriter out = spec.commandLine().getOut();
                if (list.isEmpty()) {
                    out.println(all ? "No requests." : "No open requests.");
                }
                LocalDate today = requests.today();
                for (RightsRequest r : list) {
                    String state = r.status() == org.hustings.rights.RequestStatus.AWAITING_IDENTITY ? "waiting for identity"
                            : r.overdue(today) ? "OVERDUE since " + r.deadline() : r.closed() ? r.status().code() : "due " + r.deadline();
                    out.printf("%-7s %-20s %-22s %-28s received %s%s%n", r.ref(), r.kind().code(), state, r.requesterName(), r.receivedOn(),
                            r.personId() == null ? "" : "  person " + r.personId());
                }
                out.flush();
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One request with its history.")
    static final class Show implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The request number (R-12 or 12).")
        String id;

        @Override
        public void run() {
            try (var s = store.open()) {
                Requests requests = new Requests(s);
                RightsRequest r = requests.get(id(id));
                PrintWriter out = spec.commandLine().getOut();
                print(out, r);
                for (RequestEvent e : requests.events(r.id())) {
                    out.printf("  %s  %-10s %-12s %s%n", e.at(), e.actor(), e.event(), e.note() == null ? "" : e.note());
                }
                out.flush();
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Record the identity evidence; the clock starts on the day it arrived.")
    static final class Verify implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--method", required = true, paramLabel = "METHOD", description = "no_doubt, document, in_person or contact_confirmed.")
        String method;
        @Option(names = "--evidence", required = true, paramLabel = "TEXT", description = "What was seen, e.g. \"driving licence, name and address match\".")
        String evidence;
        @Option(names = "--received", required = true, paramLabel = "DATE", description = "The day the evidence arrived.")
        LocalDate received;

        @Override
        public void run() {
            try (var s = store.open()) {
                print(spec.commandLine().getOut(), new Requests(s).verifyIdentity(actor.actor(), id(id),
                        new IdentityCheck(IdentityMethod.of(method), evidence, received)));
            }
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true, description = "Search for the person across the register and every dataset.")
    static final class Find implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Option(names = "--name", paramLabel = "NAME") String name;
        @Option(names = "--address", paramLabel = "TEXT") String address;
        @Option(names = "--postcode", paramLabel = "POSTCODE") String postcode;
        @Option(names = "--dob", paramLabel = "DATE") LocalDate dob;
        @Option(names = "--email", paramLabel = "EMAIL") String email;
        @Option(names = "--phone", paramLabel = "PHONE") String phone;

        @Override
        public void run() {
            try (var s = store.open()) {
                SearchResult found = new PersonSearch(s).search(actor.actor(), new SearchQuery(name, address, postcode, dob, email, phone));
                PrintWriter out = spec.commandLine().getOut();
                if (found.people().isEmpty()) {
                    out.println("Nobody matched.");
                }
                for (Candidate c : found.people()) {
                    out.printf("person %-8d %-28s %-40s %-9s %s  matched: %s%n", c.personId(), c.name(), c.address(), c.postcode(),
                            c.birthDate() == null ? "" : c.birthDate(), String.join(", ", c.matched()));
                }
                for (UnlinkedRow u : found.unlinked()) {
                    out.printf("unlinked: dataset %d line %d field %s (review it: it is linked to nobody)%n", u.datasetId(), u.lineNo(), u.field());
                }
                out.println("Confirm the match with: hustings request match ID PERSON");
                out.flush();
            }
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true, description = "Confirm which person the request is about; it then covers all their records.")
    static final class Match implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Parameters(index = "1", paramLabel = "PERSON") long person;

        @Override
        public void run() {
            try (var s = store.open()) {
                print(spec.commandLine().getOut(), new Requests(s).confirmPerson(actor.actor(), id(id), person));
            }
        }
    }

    @Command(name = "extend", mixinStandardHelpOptions = true,
            description = "Extend by one or two months (UK GDPR Art 12(3)): give the reason and the day the person was told (within the first month).")
    static final class Extend implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--months", defaultValue = "2", paramLabel = "N", description = "1 or 2 (default 2).") int months;
        @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason;
        @Option(names = "--told-on", required = true, paramLabel = "DATE", description = "The day the person was told of the extension and why.")
        LocalDate toldOn;

        @Override
        public void run() {
            try (var s = store.open()) {
                print(spec.commandLine().getOut(), new Requests(s).extend(actor.actor(), id(id), months, reason, toldOn));
            }
        }
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true,
            description = "Refuse as manifestly unfounded or excessive (UK GDPR Art 12(5)); tell the person why and that they may complain to the ICO.")
    static final class Refuse implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--ground", required = true, paramLabel = "GROUND", description = "manifestly_unfounded or manifestly_excessive.")
        String ground;
        @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason;

        @Override
        public void run() {
            try (var s = store.open()) {
                print(spec.commandLine().getOut(), new Requests(s).refuse(actor.actor(), id(id), RefusalGround.of(ground), reason));
            }
        }
    }

    static long id(String ref) {
        String n = ref.startsWith("R-") || ref.startsWith("r-") ? ref.substring(2) : ref;
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            throw new org.hustings.HustingsException(org.hustings.ErrorCode.BAD_REQUEST, "'" + ref + "' is not a request number such as R-12.");
        }
    }

    static void print(PrintWriter out, RightsRequest r) {
        out.printf("%s  %s (%s)  %s%n", r.ref(), r.kind().code(), r.kind().law(), r.status().code());
        out.printf("  requester: %s%s%n", r.requesterName(), r.contact() == null ? "" : " <" + r.contact() + ">");
        out.printf("  received %s (%s bank holidays)%n", r.receivedOn(), r.nation().code());
        if (r.identity() == null) {
            out.println("  identity: waiting for evidence; the clock has not started (UK GDPR Art 12(6))");
        } else {
            out.printf("  identity: %s, %s (checked by %s, evidence of %s)%n", r.identity().method().code(), r.identity().evidence(),
                    r.identityCheckedBy(), r.identity().receivedOn());
        }
        if (r.dueOn() != null) {
            out.printf("  clock from %s, due %s (UK GDPR Art 12(3))%s%n", r.clockStartsOn(), r.dueOn(),
                    r.extendedDueOn() == null ? "" : "; extended to " + r.extendedDueOn() + ": " + r.extensionReason());
        }
        if (r.refusalGround() != null) {
            out.printf("  refused: %s: %s%n", r.refusalGround().code(), r.refusalReason());
        }
        out.printf("  person: %s%n", r.personId() == null ? "not matched yet (hustings request find …)" : r.personId());
        out.flush();
    }
}
