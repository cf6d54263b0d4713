package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.register.PeopleSeed;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hustings people find} against an embedded store: found, paged, refused naming the option, recorded. */
class PeopleCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("h.duckdb").toString();
    }

    @Test
    void findsPagesRefusesAndRecords() {
        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            PeopleSeed.seed(s);
        }
        Run smiths = run("people", "find", "--surname", "smith", "--postcode", "bn43 6ab", "--actor", "dana", "--db", db());
        assertThat(smiths.exit()).as(smiths.err()).isZero();
        assertThat(smiths.out().lines().toList()).containsExactly(
                "person 3        AA-3         Joanna Smith, 3 Mill Lane, Shoreham, BN43 6AB  flags restricted",
                "person 4        AA-4/1       Mary-Jane Smith, 4 Mill Lane, Shoreham, BN43 6AB  markers Z  ERASED: do not use "
                        + "(kept on the register by law; UK GDPR Art 17(3)(b))");

        Run first = run("people", "find", "--surname", "Jones", "--limit", "100", "--db", db());
        assertThat(first.exit()).isEqualTo(2);
        assertThat(first.err()).contains("--limit: The field 'limit' must be between 1 and 50");
        Run page = run("people", "find", "--surname", "Jones", "--db", db());
        assertThat(page.out().lines().count()).isEqualTo(51);
        String next = page.out().replaceAll("(?s).*add --after ([0-9]+) for the next page.*", "$1");
        Run second = run("people", "find", "--surname", "Jones", "--after", next, "--db", db());
        assertThat(second.out().lines().count()).isEqualTo(51);
        assertThat(second.out().lines().findFirst()).isNotEqualTo(page.out().lines().findFirst());

        Run bad = run("people", "find", "--elector", "12", "--postcode", "nowhere", "--db", db());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--postcode: 'nowhere' is not a whole UK postcode", "--elector: '12' is not an elector number");
        assertThat(run("people", "find", "--db", db()).err()).contains("--surname: Give at least one of");
        assertThat(run("people", "find", "--surname", "Nobody", "--db", db()).out()).isEqualTo("No one on the current register matches.\n");

        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            Ledger ledger = new Ledger(s);
            assertThat(ledger.latest(10, "people.search")).hasSize(4);
            RecordedEntry e = ledger.latest(10, "people.search").get(3);
            assertThat(e.actor()).isEqualTo("dana");
            assertThat(ledger.personsOf(e.seq())).containsExactly(PeopleSeed.JOANNA_SMITH, PeopleSeed.ERASED_SMITH);
        }
    }
}
