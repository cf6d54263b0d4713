package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V53 rebuilds the link table so its status may be 'superseded' (docs/adr/0134): a store holding
 * links at V30 keeps every link, id and index, new links go on from the same sequence, and the
 * status check still refuses a status it does not know. On both stores.
 */
class LinkSupersededMigrationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aStoreAtV30KeepsItsLinksAndMayCloseThem(StoreKind kind) throws Exception {
        StoreLocation loc = kind == StoreKind.DUCKDB ? StoreLocation.embedded(dir.resolve("old.duckdb")) : TestStores.freshPostgres();
        try {
            var config = Flyway.configure(Store.class.getClassLoader()).dataSource(loc.jdbcUrl(), loc.user(), loc.password())
                    .locations("classpath:db/migration").target("30");
            if (loc.schema() != null) {
                config = config.schemas(loc.schema()).defaultSchema(loc.schema());
            }
            config.load().migrate();
            try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password()); Statement s = c.createStatement()) {
                if (loc.schema() != null) {
                    s.execute("SET search_path TO " + loc.schema());
                }
                s.execute("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, link_threshold, review_threshold, list_rows, "
                        + "spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) VALUES (nextval('link_run_seq'), 'dataset:3', 3, "
                        + "'" + "c".repeat(64) + "', '{}', 0.9, 0.5, 2, 7, 14, 1, 1, 0, 'tester')");
                s.execute("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, pair_key, status) "
                        + "VALUES (1, 3, '2', 10, 10, 0.95, 4.1, '{}', '" + "a".repeat(64) + "', 'linked'), "
                        + "(1, 3, '3', 11, 11, 0.72, 1.4, '{}', '" + "b".repeat(64) + "', 'review')");
            }

            try (Store store = Store.open(loc)) {
                assertThat(strings(store, "SELECT id || ' ' || row_key || ' ' || status FROM link ORDER BY id")).containsExactly("1 2 linked", "2 3 review");
                assertThat(new LinkStore(store).reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(2L);
                store.write(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("UPDATE link SET status = 'superseded' WHERE id = 2");
                        s.executeUpdate("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, "
                                + "pair_key, status) VALUES (1, 3, '4', 12, 12, 0.6, 1.0, '{}', '" + "d".repeat(64) + "', 'review')");
                    }
                    return null;
                });
                assertThat(strings(store, "SELECT id || ' ' || status FROM link ORDER BY id")).containsExactly("1 linked", "2 superseded", "3 review");
                assertThat(new LinkStore(store).reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(3L);
                assertThatThrownBy(() -> store.write(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("UPDATE link SET status = 'maybe' WHERE id = 3");
                    }
                })).as("the status check still holds").isInstanceOf(RuntimeException.class);
            }
        } finally {
            if (loc.schema() != null) {
                TestStores.dropSchema(loc, loc.schema());
            }
        }
    }

    private static List<String> strings(Store store, String sql) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
