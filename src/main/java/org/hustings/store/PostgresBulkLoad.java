package org.hustings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams rows into PostgreSQL with COPY … FROM STDIN (CSV), in bounded buffers. */
final class PostgresBulkLoad implements BulkLoad {
    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final CsvRows rows = new CsvRows(FLUSH_AT + (64 << 10));
    private boolean finished;

    PostgresBulkLoad(Connection c, String table, List<String> columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    @Override
    public void row(Object... values) {
        try {
            rows.write(values);
            if (rows.size() >= FLUSH_AT) {
                flush();
            }
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "PostgreSQL refused the bulk load: " + e.getMessage(), e);
        }
    }

    private void flush() throws SQLException {
        if (rows.size() > 0) {
            copy.writeToCopy(rows.bytes(), 0, rows.size());
            rows.reset();
        }
    }

    @Override
    public long finish() {
        try {
            flush();
            finished = true;
            return copy.endCopy();
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "PostgreSQL refused the bulk load: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!finished && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back by the caller
            }
        }
    }
}
