package org.hustings.ingest.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bound-parameter statements for this station. */
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

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return firstLong(c, sql, params).orElse(0L);
    }

    static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
