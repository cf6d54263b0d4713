package org.hustings.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Spools rows to a scratch CSV file and loads it with DuckDB's own CSV reader (COPY), which is
 * many times faster than row-by-row JDBC or the Appender (see STORES.md).
 */
final class DuckDbBulkLoad implements BulkLoad {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final Path file;
    private final Writer writer;
    private boolean finished;

    DuckDbBulkLoad(Connection connection, String table, List<String> columns, Path scratch) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        try {
            this.file = Files.createTempFile(scratch, table, ".csv");
            this.writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException e) {
            throw new SQLException("Could not create a scratch file for the bulk load: " + e.getMessage(), e);
        }
    }

    @Override
    public void row(Object... values) {
        try {
            CsvRows.write(writer, values);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not write the scratch file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long finish() {
        try {
            writer.close();
            finished = true;
            String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM '" + file.toString().replace("'", "''")
                    + "' (FORMAT csv, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULL '', AUTO_DETECT false)";
            try (Statement s = connection.createStatement()) {
                return s.executeUpdate(sql);
            }
        } catch (IOException | SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The embedded store refused the bulk load: " + e.getMessage(), e);
        } finally {
            deleteQuietly();
        }
    }

    @Override
    public void close() {
        if (!finished) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // deleting anyway
            }
            deleteQuietly();
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a scratch file in the temp dir
        }
    }
}
