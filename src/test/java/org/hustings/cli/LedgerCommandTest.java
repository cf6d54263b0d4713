package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hustings ledger verify|show|person} against an embedded store. */
class LedgerCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    private String db() {
        return dir.resolve("h.duckdb").toString();
    }

    private void seed() {
        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            Ledger ledger = new Ledger(s);
            ledger.append(new LedgerEntry("cli", "import.register", "dataset:1", Map.of("rows", 3), List.of(1L, 2L, 3L)));
            ledger.append(new LedgerEntry("web:4", "gate.read", "purpose:canvassing", Map.of("people", 2), List.of(2L, 3L)));
            ledger.append(new LedgerEntry("cli", "config.source", "source:ero", Map.of()));
        }
    }

    @Test
    void verifyShowAndPersonReadTheLedger() {
        seed();
        Run verify = run("ledger", "verify", "--db", db());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).startsWith("The ledger is intact: 3 entries, head hash ");
        String head = verify.out().replaceAll("(?s).*head hash ([0-9a-f]{64}).*", "$1");
        Run through = run("ledger", "verify", "--checkpoint", "3:" + head, "--db", db());
        assertThat(through.exit()).isZero();
        assertThat(through.out()).contains("passes through the checkpoint 3:" + head);
        Run wrong = run("ledger", "verify", "--checkpoint", "3:" + "0".repeat(64), "--db", db());
        assertThat(wrong.exit()).isEqualTo(6);
        assertThat(wrong.out()).contains("broken at entry 3").contains("rewritten");
        Run garbled = run("ledger", "verify", "--checkpoint", "three", "--db", db());
        assertThat(garbled.exit()).isEqualTo(2);
        assertThat(garbled.out()).contains("not understood");

        Run show = run("ledger", "show", "--last", "2", "--db", db());
        assertThat(show.exit()).isZero();
        assertThat(show.out().lines()).hasSize(2);
        assertThat(show.out()).contains("#3 ").contains("#2 ").doesNotContain("#1 ");

        Run action = run("ledger", "show", "--action", "import.register", "--db", db());
        assertThat(action.out()).contains("#1 ").contains("people=3").contains("{\"rows\":3}");

        Run person = run("ledger", "person", "2", "--db", db());
        assertThat(person.out()).contains("import.register").contains("gate.read").doesNotContain("config.source");
        assertThat(run("ledger", "person", "99", "--db", db()).out()).contains("No ledger entry names person 99.");
    }

    @Test
    void aBrokenChainExitsWithSixAndSaysWhere() throws Exception {
        seed();
        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            s.write(c -> c.createStatement().executeUpdate("UPDATE ledger_entry SET actor = 'someone' WHERE seq = 2"));
        }
        Run verify = run("ledger", "verify", "--db", db());
        assertThat(verify.exit()).isEqualTo(6);
        assertThat(verify.out()).contains("broken at entry 2 (edited)").contains("Entries 1 to 1 are intact");
        assertThat(Files.exists(Path.of(db()))).isTrue();
    }
}
