package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical form is reproducible outside Java: scripts/verify-ledger.py (Python standard
 * library only) re-verifies an export of the tables, agrees on the head hash, and finds an edit.
 * Skipped where python3 is not installed.
 */
class ExternalVerifierTest {
    private static final Path SCRIPT = Path.of("scripts", "verify-ledger.py");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anAuditorsScriptAgreesWithTheLedger(StoreKind kind) throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not installed");
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            ledger.append(new LedgerEntry("cli", "import.register", "dataset:1", Map.of("rows", 3, "sha256", "ab".repeat(32)),
                    List.of(30L, 10L, 20L)));
            ledger.append(new LedgerEntry("web:4", "gate.read", "purpose:canvassing",
                    Map.of("share", 0.125, "fields", List.of("contact.phone", "name,with,commas'"), "refused", Map.of("art21", 2)),
                    List.of(20L)));
            ledger.append(new LedgerEntry("cli", "config.source", null, Map.of()));
            // a large list, kept as runs of ids (ledger_person_range), which the documented export expands
            List<Long> many = new ArrayList<>(java.util.stream.LongStream.rangeClosed(100, 2600).boxed().toList());
            many.removeIf(id -> id % 97 == 0);
            many.add(70_000L);
            ledger.append(new LedgerEntry("cli", "gate.read", "activity:canvassing", Map.of(), many));
            long runs = t.store().read(c -> {
                try (var r = c.createStatement().executeQuery("SELECT count(*) FROM ledger_person_range")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(runs).isBetween(2L, 100L);
            // three more in one batch (Ledger.appendAll): the same chain, so the script agrees with it too
            t.store().write(c -> ledger.appendAll(c, List.of(
                    new LedgerEntry("web:4", "person_flag.set", "person:20", Map.of("flag", "erased", "flag_id", 1), List.of(20L)),
                    new LedgerEntry("cli", "gate.read", "activity:email", Map.of(), java.util.stream.LongStream.rangeClosed(3000, 4500)
                            .filter(id -> id % 5 != 0).boxed().toList()),
                    new LedgerEntry("web:4", "rights.completed", "request:3", Map.of("in_time", true), List.of(20L)))));
            Verification.Intact intact = (Verification.Intact) ledger.verify();

            Run ok = runScript(t.store());
            assertThat(ok.exit()).as(ok.out()).isZero();
            assertThat(ok.out().strip()).isEqualTo("INTACT 7 " + intact.headHash());

            new Forger(t.store()).sql("UPDATE ledger_entry SET details = '{\"fields\":[],\"refused\":{\"art21\":2},\"share\":0.125}' WHERE seq = 2");
            Run broken = runScript(t.store());
            assertThat(broken.exit()).isEqualTo(1);
            assertThat(broken.out()).startsWith("BROKEN at entry 2: edited");
        }
    }

    private record Run(int exit, String out) { }

    private Run runScript(Store store) throws Exception {
        export(store, "SELECT seq, CAST(recorded_at AS VARCHAR) AS recorded_at, actor, action, subject, details, person_count, "
                + "persons_sha256, previous_hash, hash FROM ledger_entry ORDER BY seq", dir.resolve("entries.csv"));
        export(store, "SELECT seq, person_id FROM ledger_person UNION ALL SELECT r.seq, g.i FROM ledger_person_range r, "
                + "generate_series(r.first_id, r.last_id) AS g(i) ORDER BY 1, 2", dir.resolve("persons.csv"));
        export(store, "SELECT seq, hash FROM ledger_head", dir.resolve("head.csv"));
        Process p = new ProcessBuilder("python3", SCRIPT.toString(), dir.resolve("entries.csv").toString(),
                dir.resolve("persons.csv").toString(), dir.resolve("head.csv").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** Writes a query's rows as CSV with a header, as psql's \copy or DuckDB's COPY would. */
    private static void export(Store store, String sql, Path file) {
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet r = ps.executeQuery();
                 CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
                int n = r.getMetaData().getColumnCount();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    header.add(r.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
                csv.writeRecord(header);
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(r.getString(i));
                    }
                    csv.writeRecord(row);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static boolean pythonAvailable() {
        try {
            return Files.exists(SCRIPT) && new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
