package org.hustings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.StoreLocation;
import org.postgresql.PGConnection;

/**
 * The engines' own bulk load of a CSV file, the yardstick for the Hustings import: DuckDB's
 * {@code read_csv} into a fresh database file, PostgreSQL's {@code COPY … FROM STDIN} through the
 * JDBC CopyManager into a fresh schema. Only the load itself is timed.
 */
final class RawLoad {
    private RawLoad() {
    }

    /** {@code CREATE TABLE … AS SELECT * FROM read_csv(…)} into a new DuckDB file in {@code work}, deleted after. */
    static Timing duckDb(Path csv, Path work) {
        Path db = work.resolve("raw-" + System.nanoTime() + ".duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            long start = System.nanoTime();
            s.execute("CREATE TABLE register AS SELECT * FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''")
                    + "', header = true)");
            long rows = count(s);
            c.createStatement().execute("CHECKPOINT");
            return new Timing(rows, System.nanoTime() - start);
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "DuckDB could not load " + csv + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(db);
            deleteQuietly(Path.of(db + ".wal"));
        }
    }

    /** {@code COPY register FROM STDIN (FORMAT csv, HEADER)} into a new schema (text columns), dropped after. */
    static Timing postgres(Path csv, StoreLocation server) {
        String schema = "bench_raw_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            try {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("CREATE TABLE " + schema + ".register (" + textColumns(csv) + ")");
                long start = System.nanoTime();
                long rows;
                try (InputStream in = Files.newInputStream(csv)) {
                    rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY " + schema + ".register FROM STDIN (FORMAT csv, HEADER)", in, 1 << 16);
                }
                return new Timing(rows, System.nanoTime() - start);
            } finally {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException | IOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "PostgreSQL could not load " + csv + ": " + e.getMessage(), e);
        }
    }

    /** One TEXT column per header field, named c1, c2, …: the raw load does not interpret the values. */
    private static String textColumns(Path csv) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            int fields = header == null ? 1 : header.split(",", -1).length;
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= fields; i++) {
                cols.add("c" + i + " TEXT");
            }
            return String.join(", ", cols);
        }
    }

    private static long count(Statement s) throws SQLException {
        try (var r = s.executeQuery("SELECT count(*) FROM register")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a file in the bench's work folder
        }
    }

    /** Rows loaded and the time taken. */
    record Timing(long rows, long nanos) {
        double rowsPerSecond() {
            return rows / (nanos / 1e9);
        }
    }
}
