package org.hustings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hustings.HustingsException;
import org.junit.jupiter.api.Test;

/** DuckDB loads a big spool in chunks on a loader thread (ADR 0160): every row lands once, or none. */
class DuckDbChunkedLoadTest {
    private static final List<String> COLUMNS = List.of("id", "name", "flag");

    private static void table(java.sql.Connection c) throws java.sql.SQLException {
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS chunk_probe (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, flag BOOLEAN)");
        }
    }

    @Test
    void many_chunks_load_every_row_exactly_once_in_the_transaction() throws Exception {
        Path scratch = Files.createTempDirectory("chunks");
        try (var t = TestStores.open(StoreKind.DUCKDB)) {
            long loaded = t.store().write(c -> {
                table(c);
                try (var load = new DuckDbBulkLoad(c, "chunk_probe", COLUMNS, scratch, 4096)) {
                    for (long i = 1; i <= 20_000; i++) {
                        load.row(i, "name, \"" + i + "\"", i % 2 == 0);
                    }
                    return load.finish();
                }
            });
            assertThat(loaded).isEqualTo(20_000);
            assertThat(t.store().<String>read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT count(*), count(DISTINCT id), sum(id), min(name), count(*) FILTER (WHERE flag) FROM chunk_probe")) {
                    r.next();
                    return r.getLong(1) + " " + r.getLong(2) + " " + r.getLong(3) + " " + r.getString(4) + " " + r.getLong(5);
                }
            })).isEqualTo("20000 20000 200010000 name, \"1\" 10000");
            try (var files = Files.list(scratch)) {
                assertThat(files).as("chunks deleted").isEmpty();
            }
        }
    }

    @Test
    void a_bad_row_in_a_later_chunk_fails_the_load_and_nothing_is_kept() throws Exception {
        Path scratch = Files.createTempDirectory("chunks");
        try (var t = TestStores.open(StoreKind.DUCKDB)) {
            t.store().write(c -> {
                table(c);
                return null;
            });
            assertThatThrownBy(() -> t.store().write(c -> {
                try (var load = new DuckDbBulkLoad(c, "chunk_probe", COLUMNS, scratch, 4096)) {
                    for (long i = 1; i <= 20_000; i++) {
                        load.row(i == 15_000 ? 1L : i, "n" + i, null); // a duplicate key far into the file
                    }
                    return load.finish();
                }
            })).isInstanceOf(HustingsException.class);
            assertThat(t.store().<Long>read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM chunk_probe")) {
                    r.next();
                    return r.getLong(1);
                }
            })).isZero();
            try (var files = Files.list(scratch)) {
                assertThat(files).as("chunks deleted").isEmpty();
            }
        }
    }
}
