package org.hustings.purpose;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL behind the register of processing activities and DPIAs. */
final class ActivityRecords {
    private ActivityRecords() {
    }

    static void upsert(Connection c, Activity a, String actor) throws SQLException {
        // min_link_probability is written when the activity is first stored and otherwise only by
        // setMinLinkProbability: redefining an activity keeps the minimum configured for it.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO processing_activity (code, name, description, use_class, article6_basis, "
                + "article9_condition, channel, direct_marketing, profiling, retention, dpia_required, updated_by, min_link_probability) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                + "description = excluded.description, use_class = excluded.use_class, article6_basis = excluded.article6_basis, "
                + "article9_condition = excluded.article9_condition, channel = excluded.channel, direct_marketing = excluded.direct_marketing, "
                + "profiling = excluded.profiling, retention = excluded.retention, dpia_required = excluded.dpia_required, "
                + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")) {
            ps.setString(1, a.code());
            ps.setString(2, a.name());
            ps.setString(3, a.description());
            ps.setString(4, a.use().code());
            ps.setString(5, a.article6());
            ps.setString(6, a.article9());
            ps.setString(7, a.channel().code());
            ps.setBoolean(8, a.directMarketing());
            ps.setBoolean(9, a.profiling());
            ps.setString(10, a.retention());
            ps.setBoolean(11, a.dpiaRequired());
            ps.setString(12, actor);
            ps.setObject(13, a.minLinkProbability(), java.sql.Types.DOUBLE);
            ps.executeUpdate();
        }
        replace(c, "activity_category", "category", a.code(), a.categories());
        replace(c, "activity_recipient", "recipient", a.code(), a.recipients());
    }

    /**
     * Updates the editable columns of an activity from {@code a} (its checked new state), leaving
     * every other column as it is; replaces its categories and recipients.
     */
    static void update(Connection c, Activity a, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE processing_activity SET name = ?, description = ?, article6_basis = ?, "
                + "article9_condition = ?, retention = ?, dpia_required = ?, updated_by = ?, updated_at = current_timestamp WHERE code = ?")) {
            ps.setString(1, a.name());
            ps.setString(2, a.description());
            ps.setString(3, a.article6());
            ps.setString(4, a.article9());
            ps.setString(5, a.retention());
            ps.setBoolean(6, a.dpiaRequired());
            ps.setString(7, actor);
            ps.setString(8, a.code());
            ps.executeUpdate();
        }
        replace(c, "activity_category", "category", a.code(), a.categories());
        replace(c, "activity_recipient", "recipient", a.code(), a.recipients());
    }

    static java.util.Set<String> codes(Connection c) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM processing_activity"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Sets or clears (null) the minimum link probability; returns the rows changed (0: no such activity). */
    static int setMinLinkProbability(Connection c, String code, Double minimum, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE processing_activity SET min_link_probability = ?, updated_by = ?, "
                + "updated_at = current_timestamp WHERE code = ?")) {
            ps.setObject(1, minimum, java.sql.Types.DOUBLE);
            ps.setString(2, actor);
            ps.setString(3, code);
            return ps.executeUpdate();
        }
    }

    private static void replace(Connection c, String table, String column, String code, List<String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE activity_code = ?")) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (activity_code, " + column + ") VALUES (?, ?)")) {
            for (String v : new java.util.LinkedHashSet<>(values)) {
                ps.setString(1, code);
                ps.setString(2, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM processing_activity"); ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<Activity> load(Connection c, String code) throws SQLException {
        Map<String, List<String>> categories = children(c, "activity_category", "category", code);
        Map<String, List<String>> recipients = children(c, "activity_recipient", "recipient", code);
        List<Activity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, description, use_class, article6_basis, article9_condition, channel, "
                + "direct_marketing, profiling, retention, dpia_required, min_link_probability FROM processing_activity"
                + (code == null ? "" : " WHERE code = ?") + " ORDER BY code")) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String k = r.getString(1);
                    double minimum = r.getDouble(12);
                    Double minLink = r.wasNull() ? null : minimum;
                    out.add(new Activity(k, r.getString(2), r.getString(3), UseClass.of(r.getString(4)), r.getString(5), r.getString(6),
                            Channel.of(r.getString(7)), r.getBoolean(8), r.getBoolean(9), categories.getOrDefault(k, List.of()),
                            recipients.getOrDefault(k, List.of()), r.getString(10), r.getBoolean(11), minLink));
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> children(Connection c, String table, String column, String code) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT activity_code, " + column + " FROM " + table
                + (code == null ? "" : " WHERE activity_code = ?") + " ORDER BY activity_code, " + column)) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return out;
    }

    static long insertDpia(Connection c, String code, String summary, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dpia (activity_code, status, summary, drafted_by) VALUES (?, 'draft', ?, ?) RETURNING id")) {
            ps.setString(1, code);
            ps.setString(2, summary);
            ps.setString(3, actor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static int decideDpia(Connection c, long id, DpiaStatus status, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE dpia SET status = ?, decided_by = ?, decided_at = current_timestamp "
                + "WHERE id = ? AND status = 'draft'")) {
            ps.setString(1, status.code());
            ps.setString(2, actor);
            ps.setLong(3, id);
            return ps.executeUpdate();
        }
    }

    static void signOff(Connection c, long id, DpiaSignOff s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dpia_sign_off (dpia_id, signed_off_by, signed_off_on, reference) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, s.by());
            ps.setDate(3, java.sql.Date.valueOf(s.on()));
            ps.setString(4, s.reference());
            ps.executeUpdate();
        }
    }

    static List<Dpia> dpias(Connection c, String code, Long id) throws SQLException {
        List<Dpia> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.activity_code, d.status, d.summary, d.drafted_by, d.drafted_at, "
                + "d.decided_by, d.decided_at, s.signed_off_by, s.signed_off_on, s.reference FROM dpia d "
                + "LEFT JOIN dpia_sign_off s ON s.dpia_id = d.id WHERE " + (id == null ? "d.activity_code = ?" : "d.id = ?") + " ORDER BY d.id")) {
            if (id == null) {
                ps.setString(1, code);
            } else {
                ps.setLong(1, id);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    java.sql.Date on = r.getDate(10);
                    DpiaSignOff signOff = r.getString(9) == null ? null : new DpiaSignOff(r.getString(9), on == null ? null : on.toLocalDate(),
                            r.getString(11));
                    out.add(new Dpia(r.getLong(1), r.getString(2), DpiaStatus.of(r.getString(3)), r.getString(4), r.getString(5),
                            instant(r.getTimestamp(6)), r.getString(7), instant(r.getTimestamp(8)), signOff));
                }
            }
        }
        return out;
    }

    static Optional<Dpia> latestDpia(Connection c, String code) throws SQLException {
        List<Dpia> all = dpias(c, code, null);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
