package org.hustings.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Connections to one embedded DuckDB database. DuckDB allows one process to open a database file;
 * inside it, every connection is a duplicate of the first, so they share one database instance.
 * Idle duplicates are kept for reuse; closing a handed-out connection returns it.
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
            c = root.duplicate();
        }
        return returning(c);
    }

    /**
     * Wraps a connection so that close() returns it to the idle queue instead of closing it. Only
     * the first close() counts: a second one (Flyway closes some connections twice) must not put
     * the connection in the queue again, or it would be handed to two users at once.
     */
    private Connection returning(Connection real) {
        java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (returned.getAndSet(true)) {
                            return null;
                        }
                        if (closed || real.isClosed() || !real.getAutoCommit()) {
                            real.close();
                        } else {
                            idle.offer(real);
                        }
                        return null;
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
