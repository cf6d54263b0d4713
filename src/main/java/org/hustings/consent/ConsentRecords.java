package org.hustings.consent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.hustings.purpose.Channel;

/** The SQL behind consent history and live state. */
final class ConsentRecords {
    private ConsentRecords() {
    }

    static Long sourceId(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM source WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    static boolean consentWordingExists(Connection c, long sourceId, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM source_wording WHERE source_id = ? AND version = ? AND kind = 'consent'")) {
            ps.setLong(1, sourceId);
            ps.setInt(2, version);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    static long append(Connection c, ConsentRecord r, Long sourceId, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent (person_id, purpose, channel, status, given_at, method, source_id, "
                + "wording_version, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, r.personId());
            ps.setString(2, r.purpose());
            ps.setString(3, r.channel().code());
            ps.setString(4, r.status().code());
            ps.setTimestamp(5, Consents.timestamp(r.givenAt()));
            ps.setString(6, r.method() == null ? null : r.method().code());
            ps.setObject(7, sourceId, java.sql.Types.BIGINT);
            ps.setObject(8, r.wordingVersion(), java.sql.Types.INTEGER);
            ps.setString(9, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void setState(Connection c, ConsentRecord r, long id, boolean provable) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_state (person_id, purpose, channel, consent_id, status, provable) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, purpose, channel) DO UPDATE SET consent_id = excluded.consent_id, "
                + "status = excluded.status, provable = excluded.provable")) {
            ps.setLong(1, r.personId());
            ps.setString(2, r.purpose());
            ps.setString(3, r.channel().code());
            ps.setLong(4, id);
            ps.setString(5, r.status().code());
            ps.setBoolean(6, provable);
            ps.executeUpdate();
        }
    }

    static List<ConsentEntry> history(Connection c, long personId) throws SQLException {
        List<ConsentEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.person_id, k.purpose, k.channel, k.status, k.given_at, k.method, s.code, "
                + "k.wording_version, k.recorded_by, k.recorded_at FROM consent k LEFT JOIN source s ON s.id = k.source_id "
                + "WHERE k.person_id = ? ORDER BY k.id")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new ConsentEntry(r.getLong(1), r.getLong(2), r.getString(3), Channel.of(r.getString(4)),
                            ConsentStatus.of(r.getString(5)), instant(r.getTimestamp(6)),
                            r.getString(7) == null ? null : ConsentMethod.of(r.getString(7)), r.getString(8),
                            (Integer) r.getObject(9, Integer.class), r.getString(10), instant(r.getTimestamp(11))));
                }
            }
        }
        return out;
    }

    static List<ConsentState> states(Connection c, long personId) throws SQLException {
        List<ConsentState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, purpose, channel, status, provable, consent_id FROM consent_state "
                + "WHERE person_id = ? ORDER BY purpose, channel")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new ConsentState(r.getLong(1), r.getString(2), Channel.of(r.getString(3)), ConsentStatus.of(r.getString(4)),
                            r.getBoolean(5), r.getLong(6)));
                }
            }
        }
        return out;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
