package org.hustings.rights;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL behind {@link Requests}: bound parameters only, portable subset. */
final class RequestRecords {
    static final String COLUMNS = "id, kind, status, requester_name, contact, details, nation, received_on, identity_method, "
            + "identity_evidence, identity_checked_by, identity_received_on, clock_starts_on, due_on, extended_due_on, extension_reason, "
            + "extension_notice_on, refusal_ground, refusal_reason, person_id, person_confirmed_by, closed_on, created_by, created_at";

    private RequestRecords() {
    }

    static long insert(Connection c, Intake in, RequestStatus status, LocalDate clockStart, LocalDate due, String actor, Instant now)
            throws SQLException {
        IdentityCheck id = in.identity();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rights_request (kind, status, requester_name, contact, details, nation, "
                + "received_on, identity_method, identity_evidence, identity_checked_by, identity_received_on, clock_starts_on, due_on, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, in.kind().code());
            ps.setString(2, status.code());
            ps.setString(3, in.requesterName());
            ps.setString(4, in.contact());
            ps.setString(5, in.details());
            ps.setString(6, in.nation().code());
            ps.setDate(7, Date.valueOf(in.receivedOn()));
            ps.setString(8, id == null ? null : id.method().code());
            ps.setString(9, id == null ? null : id.evidence());
            ps.setString(10, id == null ? null : actor);
            ps.setDate(11, id == null ? null : Date.valueOf(id.receivedOn()));
            ps.setDate(12, clockStart == null ? null : Date.valueOf(clockStart));
            ps.setDate(13, due == null ? null : Date.valueOf(due));
            ps.setString(14, actor);
            ps.setTimestamp(15, Timestamp.from(now));
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static Optional<RightsRequest> load(Connection c, long id) throws SQLException {
        List<RightsRequest> l = query(c, "SELECT " + COLUMNS + " FROM rights_request WHERE id = ?", id);
        return l.stream().findFirst();
    }

    static List<RightsRequest> query(Connection c, String sql, Object... args) throws SQLException {
        List<RightsRequest> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
        }
        return out;
    }

    private static RightsRequest row(ResultSet r) throws SQLException {
        String method = r.getString(9);
        IdentityCheck identity = method == null ? null : new IdentityCheck(IdentityMethod.of(method), r.getString(10), date(r, 12));
        String ground = r.getString(18);
        long person = r.getLong(20);
        Long personId = r.wasNull() ? null : person;
        return new RightsRequest(r.getLong(1), RequestKind.of(r.getString(2)), RequestStatus.of(r.getString(3)), r.getString(4),
                r.getString(5), r.getString(6), Nation.of(r.getString(7)), date(r, 8), identity, r.getString(11), date(r, 13),
                date(r, 14), date(r, 15), r.getString(16), date(r, 17), ground == null ? null : RefusalGround.of(ground),
                r.getString(19), personId, r.getString(21), date(r, 22), r.getString(23), r.getTimestamp(24).toInstant());
    }

    private static LocalDate date(ResultSet r, int i) throws SQLException {
        Date d = r.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                ps.setObject(i + 1, a instanceof LocalDate d ? Date.valueOf(d) : a);
            }
            ps.executeUpdate();
        }
    }

    static void event(Connection c, long requestId, String actor, String event, String note, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rights_event (request_id, event_at, actor, event, note) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, requestId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, actor);
            ps.setString(4, event);
            ps.setString(5, note);
            ps.executeUpdate();
        }
    }

    static List<RequestEvent> events(Connection c, long requestId) throws SQLException {
        List<RequestEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_at, actor, event, note FROM rights_event WHERE request_id = ? ORDER BY id")) {
            ps.setLong(1, requestId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new RequestEvent(r.getTimestamp(1).toInstant(), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return out;
    }
}
