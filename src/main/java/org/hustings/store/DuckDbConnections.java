package org.hustings.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.DelegatingPreparedStatement;
import org.apache.commons.dbcp2.PoolingConnection;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.duckdb.DuckDBConnection;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Connections to one embedded DuckDB database. DuckDB allows one process to open a database file;
 * inside it, every connection is a duplicate of the first, so they share one database instance.
 * Idle duplicates are kept for reuse; closing a handed-out connection returns it. Each keeps the
 * statements prepared on it ({@link PreparedOnce}).
 */
final class DuckDbConnections implements ConnectionSource {
    private final DuckDBConnection root;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private DuckDbConnections(DuckDBConnection root) {
        this.root = root;
    }

    static DuckDbConnections open(StoreLocation location) {
        String path = location.jdbcUrl().substring("jdbc:duckdb:".length());
        try {
            Path parent = Path.of(path).toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new DuckDbConnections((DuckDBConnection) DriverManager.getConnection(location.jdbcUrl()));
        } catch (java.io.IOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not create the folder for " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            String hint = String.valueOf(e.getMessage()).contains("lock")
                    ? " Another Hustings process has this store open; stop it first, or use PostgreSQL for many users at once."
                    : "";
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not open the embedded store " + path + ": " + e.getMessage() + hint, e);
        }
    }

    @Override
    public Connection get() throws SQLException {
        if (closed) {
            throw new SQLException("The embedded store is closed.");
        }
        Connection c = idle.poll();
        if (c == null || c.isClosed()) {
            c = new PreparedOnce(root.duplicate());
        }
        return returning(c);
    }

    /**
     * A connection that keeps what it prepared (ADR 0215). DuckDB parses, binds and plans a
     * statement on every {@code prepareStatement}: measured at 10M electors, 0.4 to 1 ms each,
     * about half the cost of a point read, so an access reply of a dozen reads spent as long
     * preparing as reading. commons-dbcp2's statement pool keeps up to {@value #KEPT} statements per
     * connection, keyed by their SQL; closing one returns it with its parameters cleared, its
     * batch cleared and its results closed. When the pool is full, the statements idle longest are
     * dropped. DuckDB re-plans a kept statement itself when a table it reads has changed.
     * <p>Not kept, but prepared as before: SQL longer than {@value #LONGEST_KEPT} characters (the
     * multi-row inserts of batches, each prepared for its own rows), and any statement asked for
     * while {@value #KEPT} are open at once on the connection. PostgreSQL needs none of this: its
     * driver keeps server-side prepared statements per connection already.
     */
    static final class PreparedOnce extends PoolingConnection {
        static final int KEPT = 128;
        static final int LONGEST_KEPT = 4_000;

        PreparedOnce(Connection real) {
            super(real);
            GenericKeyedObjectPoolConfig<DelegatingPreparedStatement> config = new GenericKeyedObjectPoolConfig<>();
            config.setMaxTotal(KEPT);
            config.setMaxTotalPerKey(-1);
            config.setMaxIdlePerKey(1);
            config.setBlockWhenExhausted(false);
            config.setJmxEnabled(false);
            setStatementPool(new GenericKeyedObjectPool<>(this, config));
        }

        @Override
        public PreparedStatement prepareStatement(String sql) throws SQLException {
            if (sql.length() > LONGEST_KEPT) {
                return getDelegate().prepareStatement(sql);
            }
            try {
                return super.prepareStatement(sql);
            } catch (SQLException e) {
                if (e.getCause() instanceof java.util.NoSuchElementException) {
                    return getDelegate().prepareStatement(sql);
                }
                throw e;
            }
        }
    }

    /**
     * Wraps a connection so that close() returns it to the idle queue instead of closing it. Closing
     * the wrapper twice returns it once; a wrapper used after close fails, as a closed connection would.
     */
    private Connection returning(Connection real) {
        java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0 && returned.get()) {
                        return true;
                    }
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!returned.compareAndSet(false, true)) {
                            return null;
                        }
                        if (closed || real.isClosed() || !real.getAutoCommit()) {
                            real.close();
                        } else {
                            idle.offer(real);
                        }
                        return null;
                    }
                    if (returned.get()) {
                        throw new SQLException("This connection was closed (returned to the pool).");
                    }
                    if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> k && k.isInstance(real)) {
                        return real;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public DataSource dataSource() {
        return new DataSource() {
            @Override public Connection getConnection() throws SQLException { return get(); }
            @Override public Connection getConnection(String u, String p) throws SQLException { return get(); }
            @Override public PrintWriter getLogWriter() { return null; }
            @Override public void setLogWriter(PrintWriter out) { }
            @Override public void setLoginTimeout(int seconds) { }
            @Override public int getLoginTimeout() { return 0; }
            @Override public Logger getParentLogger() { return Logger.getGlobal(); }
            @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
            @Override public boolean isWrapperFor(Class<?> iface) { return false; }
        };
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            root.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
