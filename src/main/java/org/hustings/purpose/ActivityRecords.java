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
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO processing_activity (code, name, description, use_class, article6_basis, "
                + "article9_condition, channel, direct_marketing, profiling, retention, dpia_required, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
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
            ps.executeUpdate();
        }
        replace(c, "activity_category", "category", a.code(), a.categories());
        replace(c, "activity_recipient", "recipient", a.code(), a.recipients());
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
                + "direct_marketing, profiling, retention, dpia_required FROM processing_activity"
                + (code == null ? "" : " WHERE code = ?") + " ORDER BY code")) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String k = r.getString(1);
                    out.add(new Activity(k, r.getString(2), r.getString(3), UseClass.of(r.getString(4)), r.getString(5), r.getString(6),
                            Channel.of(r.getString(7)), r.getBoolean(8), r.getBoolean(9), categories.getOrDefault(k, List.of()),
                            recipients.getOrDefault(k, List.of()), r.getString(10), r.getBoolean(11)));
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

    static List<Dpia> dpias(Connection c, String code, Long id) throws SQLException {
        List<Dpia> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, activity_code, status, summary, drafted_by, drafted_at, decided_by, decided_at "
                + "FROM dpia WHERE " + (id == null ? "activity_code = ?" : "id = ?") + " ORDER BY id")) {
            if (id == null) {
                ps.setString(1, code);
            } else {
                ps.setLong(1, id);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Dpia(r.getLong(1), r.getString(2), DpiaStatus.of(r.getString(3)), r.getString(4), r.getString(5),
                            instant(r.getTimestamp(6)), r.getString(7), instant(r.getTimestamp(8))));
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
