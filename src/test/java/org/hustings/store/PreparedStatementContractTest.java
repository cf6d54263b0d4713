package org.hustings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBPreparedStatement;
import org.hustings.HustingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement prepared a second time behaves as a new one, on both engines, although the embedded
 * store hands back the one it kept (ADR 0215): no parameter, batch or result carries over, a
 * changed table is seen, a failed write spoils nothing, and the same SQL open twice at once gives
 * two statements.
 */
class PreparedStatementContractTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void parametersDoNotCarryOver(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            t.store().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS BIGINT) + 1")) {
                    ps.setLong(1, 41);
                    assertThat(single(ps)).isEqualTo(42);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS BIGINT) + 1")) {
                    assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class);
                }
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aChangedTableIsSeen(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            t.store().write(c -> execute(c, "CREATE TABLE prepared_probe (a BIGINT)", "INSERT INTO prepared_probe VALUES (1)"));
            int before = t.store().read(c -> columns(c, "SELECT * FROM prepared_probe"));
            assertThat(before).isEqualTo(1);
            t.store().write(c -> execute(c, "DROP TABLE prepared_probe", "CREATE TABLE prepared_probe (a BIGINT, b VARCHAR)",
                    "INSERT INTO prepared_probe VALUES (2, 'two')"));
            int after = t.store().read(c -> columns(c, "SELECT * FROM prepared_probe"));
            String b = t.store().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM prepared_probe"); ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getString(2);
                }
            });
            assertThat(after).isEqualTo(2);
            assertThat(b).isEqualTo("two");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFailedWriteSpoilsNothing(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            String insert = "INSERT INTO local_authority (code, name) VALUES (?, ?)";
            assertThatThrownBy(() -> t.store().write(c -> {
                insertAuthority(c, insert, "E1", "One");
                insertAuthority(c, insert, "E1", "Again");
                return null;
            })).isInstanceOf(HustingsException.class);
            t.store().write(c -> {
                insertAuthority(c, insert, "E2", "Two");
                return null;
            });
            assertThat(StoreContractTest.countIn(t.store(), "SELECT count(*) FROM local_authority")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aBatchDoesNotCarryOver(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            String insert = "INSERT INTO local_authority (code, name) VALUES (?, ?)";
            t.store().write(c -> {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, "E1");
                    ps.setString(2, "One");
                    ps.addBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, "E2");
                    ps.setString(2, "Two");
                    ps.addBatch();
                    ps.executeBatch();
                }
                return null;
            });
            List<String> stored = t.store().read(c -> {
                List<String> codes = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT code FROM local_authority ORDER BY code"); ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        codes.add(r.getString(1));
                    }
                }
                return codes;
            });
            assertThat(stored).containsExactly("E2");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theSameStatementOpenTwiceIsTwoStatements(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            t.store().read(c -> {
                String sql = "SELECT x FROM (VALUES (1), (2), (3)) AS v(x) WHERE x >= CAST(? AS INTEGER) ORDER BY x";
                try (PreparedStatement outer = c.prepareStatement(sql)) {
                    outer.setInt(1, 1);
                    try (ResultSet r = outer.executeQuery()) {
                        List<String> pairs = new ArrayList<>();
                        while (r.next()) {
                            try (PreparedStatement inner = c.prepareStatement(sql)) {
                                inner.setInt(1, 3);
                                pairs.add(r.getInt(1) + ":" + single(inner));
                            }
                        }
                        assertThat(pairs).containsExactly("1:3", "2:3", "3:3");
                    }
                }
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void moreStatementsOpenAtOnceThanAreKept(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            int n = DuckDbConnections.PreparedOnce.KEPT + 10;
            long total = t.store().read(c -> {
                List<PreparedStatement> open = new ArrayList<>();
                try {
                    for (int i = 0; i < n; i++) {
                        open.add(c.prepareStatement("SELECT " + i));
                    }
                    long sum = 0;
                    for (PreparedStatement ps : open) {
                        sum += single(ps);
                    }
                    return sum;
                } finally {
                    for (PreparedStatement ps : open) {
                        ps.close();
                    }
                }
            });
            assertThat(total).isEqualTo((long) n * (n - 1) / 2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void manyThreadsPreparingTheSameStatementsEachSeeTheirOwn(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            t.store().write(c -> execute(c, "CREATE TABLE prepared_threads (thread INTEGER, n INTEGER)"));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Long>> sums = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    int me = thread;
                    sums.add(pool.submit(() -> {
                        long seen = 0;
                        for (int n = 1; n <= 25; n++) {
                            int value = n;
                            t.store().write(c -> {
                                try (PreparedStatement ps = c.prepareStatement("INSERT INTO prepared_threads VALUES (?, ?)")) {
                                    ps.setInt(1, me);
                                    ps.setInt(2, value);
                                    return ps.executeUpdate();
                                }
                            });
                            seen = t.store().read(c -> {
                                try (PreparedStatement ps = c.prepareStatement("SELECT sum(n) FROM prepared_threads WHERE thread = ?")) {
                                    ps.setInt(1, me);
                                    return single(ps);
                                }
                            });
                        }
                        return seen;
                    }));
                }
                for (java.util.concurrent.Future<Long> sum : sums) {
                    assertThat(sum.get()).isEqualTo(25L * 26 / 2);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /** The mechanism itself: the embedded store prepares a statement once per connection, except the long ones. */
    @Test
    void theEmbeddedStoreKeepsWhatItPrepared() {
        try (var t = TestStores.open(StoreKind.DUCKDB)) {
            t.store().read(c -> {
                DuckDBPreparedStatement first;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
                    first = ps.unwrap(DuckDBPreparedStatement.class);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT 1")) {
                    assertThat(ps.unwrap(DuckDBPreparedStatement.class)).isSameAs(first);
                }
                String longSql = "SELECT 1" + " ".repeat(DuckDbConnections.PreparedOnce.LONGEST_KEPT);
                DuckDBPreparedStatement once;
                try (PreparedStatement ps = c.prepareStatement(longSql)) {
                    once = ps.unwrap(DuckDBPreparedStatement.class);
                }
                try (PreparedStatement ps = c.prepareStatement(longSql)) {
                    assertThat(ps.unwrap(DuckDBPreparedStatement.class)).isNotSameAs(once);
                }
                return null;
            });
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int columns(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet r = ps.executeQuery()) {
            return r.getMetaData().getColumnCount();
        }
    }

    private static void insertAuthority(Connection c, String sql, String code, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    private static Void execute(Connection c, String... sql) throws SQLException {
        try (var s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
        return null;
    }
}
