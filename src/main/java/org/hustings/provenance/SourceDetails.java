package org.hustings.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The SQL behind the read side of one source: its supplier, wordings and deliveries. Bound parameters throughout. */
final class SourceDetails {
    private SourceDetails() {
    }

    static List<SupplierView> suppliers(Connection c, String code) throws SQLException {
        List<SupplierView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, organisation, role, due_diligence, due_diligence_evidence, checked_at, "
                + "checked_by FROM supplier" + (code == null ? "" : " WHERE code = ?") + " ORDER BY code")) {
            if (code != null) {
                ps.setString(1, code);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new SupplierView(r.getString(1), r.getString(2), SupplierRole.of(r.getString(3)), DueDiligence.of(r.getString(4)),
                            r.getString(5), instant(r.getTimestamp(6)), r.getString(7)));
                }
            }
        }
        return out;
    }

    static List<WordingVersion> wordings(Connection c, long sourceId) throws SQLException {
        List<WordingVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, kind, wording, effective_from, recorded_by, recorded_at "
                + "FROM source_wording WHERE source_id = ? ORDER BY version DESC")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new WordingVersion(r.getInt(1), WordingKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)), r.getString(3),
                            instant(r.getTimestamp(4)), r.getString(5), instant(r.getTimestamp(6))));
                }
            }
        }
        return out;
    }

    static Optional<Integer> retentionMonths(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT retention_months FROM source_provenance WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getObject(1, Integer.class)) : Optional.empty();
            }
        }
    }

    static Optional<String> statute(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT statute FROM source_provenance WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    static long datasetCount(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM dataset WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The latest {@code limit} deliveries of a source, newest first, each with its field annotations. */
    static List<DatasetView> datasets(Connection c, long sourceId, int limit) throws SQLException {
        List<DatasetView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, layout, file_name, status, rows_read, rows_loaded, rows_rejected, "
                + "la_code, loaded_by, loaded_at FROM dataset WHERE source_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setLong(1, sourceId);
            ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new DatasetView(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6), r.getLong(7),
                            r.getLong(8), r.getString(9), r.getString(10), instant(r.getTimestamp(11)), List.of()));
                }
            }
        }
        List<DatasetView> withFields = new ArrayList<>(out.size());
        for (DatasetView d : out) {
            withFields.add(new DatasetView(d.id(), d.kind(), d.layout(), d.fileName(), d.status(), d.rowsRead(), d.rowsLoaded(),
                    d.rowsRejected(), d.laCode(), d.loadedBy(), d.loadedAt(), DatasetAnnotation.fields(c, d.id())));
        }
        return withFields;
    }

    /** The statute's annotation of its fields: each factual, special or not as its category says. */
    static List<DeclaredField> statutoryFields(Taxonomy taxonomy, String statute) {
        return taxonomy.statute(statute).map(s -> s.fields().stream().map(f -> new DeclaredField(f.field(), f.category(),
                taxonomy.category(f.category()).map(DataCategory::special).orElse(false), Nature.FACTUAL, null)).toList()).orElse(List.of());
    }

    static void setRetention(Connection c, long sourceId, String retention, Integer months) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE source_provenance SET retention = ?, retention_months = ? WHERE source_id = ?")) {
            ps.setString(1, retention);
            ps.setObject(2, months, java.sql.Types.INTEGER);
            ps.setLong(3, sourceId);
            ps.executeUpdate();
        }
    }

    /** The class of use of each named activity (what the statutes restrict), from the register of processing activities. */
    static java.util.Map<String, String> useClasses(Connection c) throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, use_class FROM processing_activity"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
