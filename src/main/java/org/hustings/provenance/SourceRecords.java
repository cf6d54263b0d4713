package org.hustings.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SQL behind sources, suppliers, wordings and permitted purposes. Bound parameters throughout. */
final class SourceRecords {
    private SourceRecords() {
    }

    static Optional<Long> id(Connection c, String table, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    static String organisation(Connection c, long supplierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT organisation FROM supplier WHERE id = ?")) {
            ps.setLong(1, supplierId);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    static Set<String> activityCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM processing_activity");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    static long insertSupplier(Connection c, SupplierDeclaration s, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supplier (code, organisation, role, due_diligence, "
                + "due_diligence_evidence, checked_at, checked_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, s.code());
            ps.setString(2, s.organisation());
            ps.setString(3, s.role().code());
            ps.setString(4, s.dueDiligence().code());
            ps.setString(5, s.evidence());
            ps.setTimestamp(6, s.checkedAt() == null ? null : Timestamp.from(s.checkedAt()));
            ps.setString(7, s.checkedAt() == null ? null : actor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static long insertSource(Connection c, String code, SourceKind kind, String name, String supplierName, String article6,
                             String legalReference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source (code, kind, name, supplier, article6_basis, legal_reference) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, code);
            ps.setString(2, kind.code());
            ps.setString(3, name);
            ps.setString(4, supplierName);
            ps.setString(5, article6);
            ps.setString(6, legalReference);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static void insertProvenance(Connection c, long sourceId, long supplierId, String statute, String method, String article9,
                                 String retention, Integer retentionMonths, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_provenance (source_id, supplier_id, statute, "
                + "collection_method, article9_condition, retention, retention_months, declared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, sourceId);
            ps.setLong(2, supplierId);
            ps.setString(3, statute);
            ps.setString(4, method);
            ps.setString(5, article9);
            ps.setString(6, retention);
            ps.setObject(7, retentionMonths, java.sql.Types.INTEGER);
            ps.setString(8, actor);
            ps.executeUpdate();
        }
    }

    static void permit(Connection c, long sourceId, String purpose) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_purpose (source_id, purpose) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, sourceId);
            ps.setString(2, purpose);
            ps.executeUpdate();
        }
    }

    static int withdraw(Connection c, long sourceId, String purpose) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_purpose WHERE source_id = ? AND purpose = ?")) {
            ps.setLong(1, sourceId);
            ps.setString(2, purpose);
            return ps.executeUpdate();
        }
    }

    static int addWording(Connection c, long sourceId, Wording w, String actor) throws SQLException {
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM source_wording WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                version = r.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_wording (source_id, version, kind, wording, effective_from, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, sourceId);
            ps.setInt(2, version);
            ps.setString(3, w.kind().code());
            ps.setString(4, w.text());
            ps.setTimestamp(5, Timestamp.from(w.effectiveFrom() == null ? Instant.now() : w.effectiveFrom()));
            ps.setString(6, actor);
            ps.executeUpdate();
        }
        return version;
    }

    static void dueDiligence(Connection c, long supplierId, DueDiligence status, String evidence, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE supplier SET due_diligence = ?, due_diligence_evidence = ?, "
                + "checked_at = current_timestamp, checked_by = ? WHERE id = ?")) {
            ps.setString(1, status.code());
            ps.setString(2, evidence);
            ps.setString(3, actor);
            ps.setLong(4, supplierId);
            ps.executeUpdate();
        }
    }

    private static final String VIEW = "SELECT s.id, s.code, s.kind, s.name, sp.code, coalesce(sp.organisation, s.supplier), sp.role, "
            + "sp.due_diligence, s.article6_basis, p.article9_condition, p.statute, p.collection_method, s.legal_reference, p.retention, "
            + "(SELECT max(w.version) FROM source_wording w WHERE w.source_id = s.id), p.source_id "
            + "FROM source s LEFT JOIN source_provenance p ON p.source_id = s.id LEFT JOIN supplier sp ON sp.id = p.supplier_id ";

    static List<SourceView> views(Connection c, String code) throws SQLException {
        List<SourceView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VIEW + (code == null ? "" : "WHERE s.code = ? ") + "ORDER BY s.code")) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new SourceView(id, r.getString(2), SourceKind.of(r.getString(3)), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7) == null ? null : SupplierRole.of(r.getString(7)),
                            r.getString(8) == null ? null : DueDiligence.of(r.getString(8)),
                            r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                            purposes(c, id), (Integer) r.getObject(15, Integer.class), r.getObject(16) != null));
                }
            }
        }
        return out;
    }

    static List<String> purposes(Connection c, long sourceId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT purpose FROM source_purpose WHERE source_id = ? ORDER BY purpose")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
