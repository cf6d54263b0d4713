package org.hustings.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** A HikariCP pool of PostgreSQL connections, pinned to the configured schema. */
final class PostgresConnections implements ConnectionSource {
    private final HikariDataSource pool;

    private PostgresConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    static PostgresConnections open(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        if (location.schema() != null) {
            config.setSchema(location.schema());
            config.setConnectionInitSql("CREATE SCHEMA IF NOT EXISTS \"" + location.schema().replace("\"", "") + "\"");
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("hustings");
        config.setInitializationFailTimeout(5_000);
        config.setConnectionTimeout(10_000);
        try {
            return new PostgresConnections(new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE,
                    "Could not reach PostgreSQL at " + location.jdbcUrl().substring(5) + ": "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                            + ". Is the server running? (On Debian: apt-get install postgresql; pg_ctlcluster 15 main start.)", e);
        }
    }

    @Override
    public Connection get() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
