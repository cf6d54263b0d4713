package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement being built with its bound parameters kept beside the text; values never enter the text. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql add(String sql, Object... values) {
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    /** Appends {@code (?, ?, …)} binding each value. */
    Sql in(Collection<?> values) {
        text.append('(');
        int i = 0;
        for (Object v : values) {
            text.append(i++ == 0 ? "?" : ", ?");
            params.add(v);
        }
        return add(")");
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
