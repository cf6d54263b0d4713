package org.hustings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Checks that a real query is an index look-up on both engines, not a scan of its table. On
 * PostgreSQL sequential scans are switched off for the check (and set back after), since on a test
 * table this small the planner would rightly prefer one: what is checked is that the query's key is
 * the index's key. DuckDB chooses an index scan when the query runs, so only its analysed plan shows it.
 */
public final class QueryPlans {
    private QueryPlans() {
    }

    /** Asserts that {@code sql}, run with {@code args} (String, Integer or Long), reads {@code table} through {@code index}. */
    public static void assertUsesIndex(TestStores.TestStore t, String sql, List<Object> args, String table, String index) {
        String plan = plan(t, sql, args);
        if (t.kind() == StoreKind.POSTGRESQL) {
            assertThat(plan).as(plan).contains(index).doesNotContain("Seq Scan on " + table);
        } else {
            assertThat(plan).as(sql + "\n" + plan.lines().filter(l -> l.contains("Type:") || l.contains("Filters") || l.contains("Join"))
                    .toList()).contains("Index Scan");
        }
    }

    private static String plan(TestStores.TestStore t, String sql, List<Object> args) {
        boolean pg = t.kind() == StoreKind.POSTGRESQL;
        return t.store().read(c -> {
            if (pg) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            try (PreparedStatement ps = c.prepareStatement((pg ? "EXPLAIN " : "EXPLAIN ANALYZE ") + sql)) {
                for (int i = 0; i < args.size(); i++) {
                    Object a = args.get(i);
                    if (a instanceof Long l) {
                        ps.setLong(i + 1, l);
                    } else if (a instanceof Integer n) {
                        ps.setInt(i + 1, n);
                    } else {
                        ps.setString(i + 1, (String) a);
                    }
                }
                StringBuilder b = new StringBuilder();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        b.append(r.getString(r.getMetaData().getColumnCount())).append('\n');
                    }
                }
                return b.toString();
            } finally {
                if (pg) {
                    try (Statement s = c.createStatement()) {
                        s.execute("RESET enable_seqscan");
                    }
                }
            }
        });
    }
}
