package org.hustings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.register.FoundPerson;
import org.hustings.register.PeopleQuery;
import org.hustings.register.PeopleResults;
import org.hustings.register.PeopleSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hustings people find}: find a person on the current register, as the People page does. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "People on the current register: find a person to go on to their consents or a rights request.",
        subcommands = {PeopleCommand.Find.class})
final class PeopleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Find people on the current register by surname (and forenames), postcode, elector number or person id; "
                    + "every option given must match. Case, spaces and punctuation do not matter.",
                "At most 50 a page, in name order; the last line says how to get the next page. Each search is recorded in the "
                    + "ledger (people.search): who searched and who was found, never what was typed (UK GDPR Art 5(2)).",
                "Example: hustings people find --surname \"o'neill\" --postcode \"bn43 6aa\""})
    static final class Find implements Callable<Integer> {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Option(names = "--surname", paramLabel = "NAME") String surname;
        @Option(names = "--forenames", paramLabel = "NAMES", description = "The start of the forenames (with --surname).") String forenames;
        @Option(names = "--postcode", paramLabel = "POSTCODE", description = "A whole UK postcode, e.g. BN43 6AA.") String postcode;
        @Option(names = "--elector", paramLabel = "NUMBER", description = "Polling district letters and number, e.g. AB-123 or AB-123/1.")
        String elector;
        @Option(names = "--id", paramLabel = "PERSON-ID", description = "The person's internal id.") String id;
        @Option(names = "--after", paramLabel = "ENTRY", description = "The next page: the entry the previous page ended with.") String after;
        @Option(names = "--limit", paramLabel = "N", description = "People per page, 1 to 50 (default 50).") String limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PeopleQuery q;
            try {
                q = PeopleQuery.of(surname, forenames, postcode, elector, id, after, limit);
            } catch (FieldProblems e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hustings: the search was refused:");
                e.problems().forEach(p -> err.println("  --" + p.field() + ": " + p.reason()));
                err.flush();
                return ErrorCode.BAD_REQUEST.exitCode();
            }
            try (var s = store.open()) {
                PeopleResults found = new PeopleSearch(s).search(actor.actor(), q);
                if (found.people().isEmpty()) {
                    out.println("No one on the current register matches.");
                }
                for (FoundPerson p : found.people()) {
                    out.println(line(p));
                }
                if (found.more()) {
                    out.println("More: add --after " + found.next() + " for the next page.");
                }
                out.flush();
                return 0;
            }
        }

        static String line(FoundPerson p) {
            StringBuilder b = new StringBuilder();
            b.append(String.format("person %-8d %-12s %s", p.personId(), p.electorNumber(), p.anonymous() ? "(anonymous elector)" : p.name()));
            if (!p.address().isEmpty()) {
                b.append(", ").append(String.join(", ", p.address()));
            }
            if (p.postcode() != null) {
                b.append(", ").append(p.postcode());
            }
            if (!p.markers().isEmpty()) {
                b.append("  markers ").append(p.markers());
            }
            if (p.erased()) {
                b.append("  ERASED: do not use (kept on the register by law; UK GDPR Art 17(3)(b))");
            } else if (!p.flags().isEmpty()) {
                b.append("  flags ").append(String.join(", ", p.flags()));
            }
            return b.toString();
        }
    }
}
