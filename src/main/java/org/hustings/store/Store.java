package org.hustings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * The store: one of two engines behind one SQL dialect. All SQL in Hustings runs through
 * {@link #read} or {@link #write}.
 *
 * <p>Writes are transactions. On the embedded engine they are serialised in-process (one writer
 * at a time) because DuckDB fails a second concurrent writer of the same row at once with
 * "Conflict on update"; on both engines a transient conflict is retried. A transaction that
 * fails, or a process killed in the middle of one, leaves the last committed state intact.
 */
public final class Store implements AutoCloseable {
    private static final int MAX_ATTEMPTS = 5;

    private final StoreLocation location;
    private final ConnectionSource connections;
    private final ReentrantLock writer = new ReentrantLock(true);
    private final Path scratch;
    /** Bulk loads opened by the write running on this thread, so that a failure can cancel them first. */
    private final ThreadLocal<java.util.List<BulkLoad>> openLoads = ThreadLocal.withInitial(java.util.ArrayList::new);

    private Store(StoreLocation location, ConnectionSource connections, Path scratch) {
        this.location = location;
        this.connections = connections;
        this.scratch = scratch;
    }

    /** Opens the store and applies any pending schema migrations. */
    public static Store open(StoreLocation location) {
        ConnectionSource source = switch (location.kind()) {
            case DUCKDB -> DuckDbConnections.open(location);
            case POSTGRESQL -> PostgresConnections.open(location);
        };
        try {
            Path scratch = Files.createTempDirectory("hustings-bulk");
            Store store = new Store(location, source, scratch);
            Migrations.apply(store, source.dataSource());
            return store;
        } catch (java.io.IOException e) {
            source.close();
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not create a scratch folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public StoreKind kind() {
        return location.kind();
    }

    public StoreLocation location() {
        return location;
    }

    /** Runs read-only work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connections.get()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs work in one transaction: committed whole, or rolled back whole. Transient conflicts are
     * retried up to five times, so the work must be safe to repeat (it is re-run from the start).
     */
    public <T> T write(SqlWork<T> work) {
        boolean serialise = location.kind() == StoreKind.DUCKDB;
        if (serialise) {
            writer.lock();
        }
        try {
            for (int attempt = 1; ; attempt++) {
                try (Connection c = connections.get()) {
                    c.setAutoCommit(false);
                    try {
                        T result = work.run(c);
                        c.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        cancelOpenLoads();
                        rollbackQuietly(c, e);
                        throw e;
                    } finally {
                        openLoads.get().clear();
                        c.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    if (attempt < MAX_ATTEMPTS && isTransient(e)) {
                        pause(attempt);
                        continue;
                    }
                    throw failure(e);
                }
            }
        } finally {
            if (serialise) {
                writer.unlock();
            }
        }
    }

    /** Starts a bulk load into {@code table} on a connection inside {@link #write}. */
    public BulkLoad bulkLoad(Connection c, String table, java.util.List<String> columns) throws SQLException {
        BulkLoad load = switch (location.kind()) {
            case DUCKDB -> new DuckDbBulkLoad(c, table, columns, scratch);
            case POSTGRESQL -> new PostgresBulkLoad(c, table, columns);
        };
        openLoads.get().add(load);
        return load;
    }

    /**
     * Takes {@code n} fresh values of a sequence for a bulk load running on {@code tx}. They come
     * from a separate connection, because the connection of an open bulk load is busy: streaming
     * the COPY on PostgreSQL, COPYing a chunk on DuckDB's loader thread. Sequences are not
     * transactional on either engine (values are unique across connections and never handed out
     * twice, a rolled-back load leaves a gap), so nothing is lost.
     */
    public long[] nextIds(Connection tx, String sequence, int n) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        String sql = "SELECT nextval('" + sequence + "') FROM generate_series(1, " + n + ")";
        try (Connection c = connections.get()) {
            return ids(c, sql, n);
        }
    }

    private static long[] ids(Connection c, String sql, int n) throws SQLException {
        long[] ids = new long[n];
        try (var ps = c.prepareStatement(sql); var r = ps.executeQuery()) {
            int i = 0;
            while (r.next()) {
                ids[i++] = r.getLong(1);
            }
            return ids;
        }
    }

    @Override
    public void close() {
        connections.close();
        try (var files = Files.list(scratch)) {
            files.forEach(p -> p.toFile().delete());
            Files.deleteIfExists(scratch);
        } catch (java.io.IOException ignored) {
            // a scratch folder in the system temp dir is cleared by the OS
        }
    }

    /** A PostgreSQL connection still streaming a COPY can do nothing else, not even roll back. */
    private void cancelOpenLoads() {
        for (BulkLoad load : openLoads.get()) {
            load.close();
        }
        openLoads.get().clear();
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        String msg = String.valueOf(e.getMessage());
        return "40001".equals(state) || "40P01".equals(state)
                || msg.contains("Conflict on") || msg.contains("write-write conflict");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt * attempt);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private HustingsException failure(SQLException e) {
        return new HustingsException(ErrorCode.STORE_UNAVAILABLE,
                "The " + location.describe() + " reported an error: " + e.getMessage(), e);
    }
}
