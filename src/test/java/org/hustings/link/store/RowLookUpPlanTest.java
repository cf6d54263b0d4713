package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding a row's pairs (deciding a pair, attaching a row by hand) is an index look-up by the row
 * key on both engines (V54, docs/adr/0135), not a read of the whole review queue: the plan of the
 * real query names the index. On PostgreSQL sequential scans are switched off for the check, as the
 * planner would rightly scan a table this small; DuckDB picks an index scan when the query runs, so
 * only the analysed plan shows it.
 */
class RowLookUpPlanTest {
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowsPairsAreFoundByTheRowKeyIndex(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            for (int line = 1; line <= 40; line++) {
                PendingSeed.reviewPair(t.store(), 77, line, 1000 + line, line, 0.9);
            }
            boolean pg = kind == StoreKind.POSTGRESQL;
            String plan = t.store().read(c -> {
                if (pg) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET enable_seqscan = off");
                    }
                }
                try (PreparedStatement ps = c.prepareStatement((pg ? "EXPLAIN " : "EXPLAIN ANALYZE ") + LinkStore.ROW_LINKS)) {
                    ps.setString(1, "17");
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
            if (pg) {
                assertThat(plan).as(plan).contains("link_row_key").doesNotContain("Seq Scan on link");
            } else {
                assertThat(plan).as(plan).contains("Index Scan");
            }
        }
    }
}
