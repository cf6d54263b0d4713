package org.hustings.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Bound-parameter statements for the loaders. */
final class Sql {
    private Sql() {
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params)) {
            return ps.executeUpdate();
        }
    }

    static Optional<Long> firstLong(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
            if (r.next()) {
                long v = r.getLong(1);
                return r.wasNull() ? Optional.empty() : Optional.of(v);
            }
            return Optional.empty();
        }
    }

    static Optional<String> firstString(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return firstLong(c, sql, params).orElse(0L);
    }

    static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
