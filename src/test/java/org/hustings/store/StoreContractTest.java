package org.hustings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hustings.HustingsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store operations every engine must honour, run on DuckDB and PostgreSQL. */
class StoreContractTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void migrationsCreateTheSpine(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            long n = countIn(t.store(), "SELECT count(*) FROM elector");
            assertThat(n).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFailedWriteLeavesNothingBehind(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            assertThatThrownBy(() -> t.store().write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO local_authority VALUES ('E1', 'One')");
                    s.execute("INSERT INTO local_authority VALUES ('E1', 'Duplicate')");
                }
                return null;
            })).isInstanceOf(HustingsException.class);
            assertThat(countIn(t.store(), "SELECT count(*) FROM local_authority")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void bulkLoadQuotesAndNullsRoundTrip(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            t.store().write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE bulk_probe (id BIGINT, name VARCHAR(100), born DATE, flag BOOLEAN)");
                }
                try (BulkLoad load = t.store().bulkLoad(c, "bulk_probe", List.of("id", "name", "born", "flag"))) {
                    load.row(1L, "O'Néill, \"Zoë\"", LocalDate.of(1990, 2, 28), true);
                    load.row(2L, null, null, false);
                    load.row(3L, " leading space", null, null);
                    load.row(4L, "two\nlines", null, null);
                    assertThat(load.finish()).isEqualTo(4);
                }
                return null;
            });
            List<String> rows = t.store().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, name, born, flag FROM bulk_probe ORDER BY id");
                     ResultSet r = ps.executeQuery()) {
                    var out = new java.util.ArrayList<String>();
                    while (r.next()) {
                        out.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getObject(3, LocalDate.class) + "|" + r.getObject(4));
                    }
                    return out;
                }
            });
            assertThat(rows).containsExactly(
                    "1|O'Néill, \"Zoë\"|1990-02-28|true",
                    "2|null|null|false",
                    "3| leading space|null|null",
                    "4|two\nlines|null|null");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void bulkLoadRolledBackWithItsTransaction(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            assertThatThrownBy(() -> t.store().write(c -> {
                try (BulkLoad load = t.store().bulkLoad(c, "local_authority", List.of("code", "name"))) {
                    load.row("E07000223", "Adur");
                    load.finish();
                }
                throw new IllegalStateException("crash after the load");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(countIn(t.store(), "SELECT count(*) FROM local_authority")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void concurrentWritersAllLand(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            t.store().write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE counter_probe (id INTEGER PRIMARY KEY, n BIGINT)");
                    s.execute("INSERT INTO counter_probe VALUES (1, 0)");
                }
                return null;
            });
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                var futures = new java.util.ArrayList<Future<?>>();
                for (int i = 0; i < 40; i++) {
                    futures.add(pool.submit(() -> t.store().write(c -> {
                        try (var s = c.createStatement()) {
                            return s.executeUpdate("UPDATE counter_probe SET n = n + 1 WHERE id = 1");
                        }
                    })));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(countIn(t.store(), "SELECT n FROM counter_probe")).isEqualTo(40);
        }
    }

    static long countIn(Store store, String sql) {
        return store.read(c -> count(c, sql));
    }

    static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
