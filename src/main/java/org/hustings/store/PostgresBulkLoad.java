package org.hustings.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    private final Buffer buffer = new Buffer();
    private final Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);
    private boolean finished;

    PostgresBulkLoad(Connection c, String table, List<String> columns) throws SQLException {
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    @Override
    public void row(Object... values) {
        try {
            CsvRows.write(writer, values);
            if (buffer.size() >= FLUSH_AT) {
                flush();
            }
        } catch (IOException | SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "PostgreSQL refused the bulk load: " + e.getMessage(), e);
        }
    }

    private void flush() throws IOException, SQLException {
        writer.flush();
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.bytes(), 0, buffer.size());
            buffer.reset();
        }
    }

    @Override
    public long finish() {
        try {
            flush();
            finished = true;
            return copy.endCopy();
        } catch (IOException | SQLException e) {
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

    /** A byte buffer whose array can be handed to COPY without a copy. */
    private static final class Buffer extends java.io.ByteArrayOutputStream {
        Buffer() {
            super(FLUSH_AT + 4096);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
