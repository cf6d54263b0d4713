package org.hustings.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads ledger rows into {@link RecordedEntry} values. */
final class EntryRows {
    static final String COLUMNS =
            "seq, recorded_at, actor, action, subject, details, person_count, persons_sha256, previous_hash, hash";

    private EntryRows() {
    }

    static RecordedEntry read(ResultSet r) throws SQLException {
        return new RecordedEntry(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getLong(7), r.getString(8), r.getString(9), r.getString(10));
    }

    static List<RecordedEntry> list(Connection c, String sql, Object... params) throws SQLException {
        List<RecordedEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }
}
