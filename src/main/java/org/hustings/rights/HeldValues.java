package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hustings.provenance.DataCategory;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.StatutoryField;
import org.hustings.provenance.StatutorySource;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;
import org.hustings.rights.AccessReply.HeldValue;

/**
 * Every value held about one person, read straight from the tables that hold them: the register
 * (every edition), the marked register, absent voters lists and every non-register dataset. Each
 * value carries its source and that source's basis, purposes and retention (UK GDPR Art 15(1)).
 * The register's columns come from the taxonomy's statutory field list, so a column added there
 * is shown here too.
 */
final class HeldValues {
    private final Taxonomy taxonomy;
    private final java.util.Set<String> purposeCodes = new java.util.LinkedHashSet<>();
    private final Map<String, Activity> activities;

    private final Meta meta = new Meta();

    HeldValues(Taxonomy taxonomy, Map<String, Activity> activities) {
        this.taxonomy = taxonomy;
        this.activities = activities;
    }

    /** The purposes the sources of the values returned so far permit, in order of first use. */
    java.util.Set<String> purposeCodes() {
        return purposeCodes;
    }

    List<HeldValue> of(Connection c, long personId) throws SQLException {
        List<HeldValue> out = new ArrayList<>();
        register(c, personId, out);
        marks(c, personId, out);
        absentVotes(c, personId, out);
        attributes(c, personId, out);
        return out;
    }

    private void register(Connection c, long personId, List<HeldValue> out) throws SQLException {
        StatutorySource spec = taxonomy.statute("register").orElseThrow();
        StringBuilder cols = new StringBuilder();
        for (StatutoryField f : spec.fields()) {
            if (!f.column().matches("[a-z_0-9]+")) {
                throw new IllegalStateException("Unsafe register column in the taxonomy: " + f.column());
            }
            cols.append(", ").append(f.column());
        }
        // One single-column equality on the indexed person_id, no join: DuckDB uses its index only then (STORES.md).
        String sql = "SELECT id, edition_id, dataset_id" + cols + " FROM elector WHERE person_id = ? ORDER BY edition_id, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Meta.Edition ed = meta.edition(c, r.getLong(2));
                    String held = "Electoral register for " + ed.laCode() + ", edition of " + ed.publishedOn();
                    Meta.Source s = meta.source(c, meta.dataset(c, r.getLong(3)).sourceId());
                    for (int i = 0; i < spec.fields().size(); i++) {
                        String v = text(r.getObject(4 + i));
                        if (v != null) {
                            StatutoryField f = spec.fields().get(i);
                            out.add(value(f.category(), f.field(), v, held, s, false, null, "elector", "elector:" + r.getLong(1)));
                        }
                    }
                }
            }
        }
    }

    private void marks(Connection c, long personId, List<HeldValue> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.election_id, el.name, el.held_on, d.source_id, m.mark, m.line_no, m.dataset_id "
                + "FROM election_mark m JOIN election el ON el.id = m.election_id JOIN dataset d ON d.id = m.dataset_id "
                + "WHERE m.person_id = ? ORDER BY el.held_on, m.dataset_id, m.line_no")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String held = "Marked register of the " + r.getString(2) + " election on " + r.getDate(3).toLocalDate();
                    out.add(value("participation.voted", "voted", r.getString(5), held, meta.source(c, r.getLong(4)), false, null,
                            "election_mark", "election_mark:" + r.getLong(7) + ":" + r.getLong(6)));
                }
            }
        }
    }

    private void absentVotes(Connection c, long personId, List<HeldValue> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.kind, a.returned, d.source_id, a.dataset_id, a.line_no, d.file_name "
                + "FROM absent_voter a JOIN dataset d ON d.id = a.dataset_id WHERE a.person_id = ? ORDER BY a.dataset_id, a.line_no")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String held = "Absent voters list (dataset " + r.getLong(4) + ")";
                    String row = "absent_voter:" + r.getLong(4) + ":" + r.getLong(5);
                    Meta.Source s = meta.source(c, r.getLong(3));
                    out.add(value("participation.absent_vote", "absent_vote", r.getString(1), held, s, false, null, "absent_voter", row));
                    String returned = text(r.getObject(2));
                    if (returned != null) {
                        out.add(value("participation.voted", "postal_vote_returned", returned, held, s, false, null, "absent_voter", row));
                    }
                }
            }
        }
    }

    private void attributes(Connection c, long personId, List<HeldValue> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dataset_id, line_no, field, value FROM attribute_value WHERE person_id = ? "
                + "ORDER BY dataset_id, line_no, field")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long datasetId = r.getLong(1);
                    Meta.Dataset d = meta.dataset(c, datasetId);
                    Meta.Field f = meta.field(c, datasetId, r.getString(3));
                    Meta.Source s = meta.source(c, d.sourceId());
                    String held = "File " + d.fileName() + " (dataset " + datasetId + "), line " + r.getLong(2);
                    String category = f == null ? "unknown" : f.category();
                    String note = f == null || f.releaseBlock() == null ? null : "We hold this, but we may never use it: " + f.releaseBlock();
                    String v = r.getString(4);
                    out.add(value(category, r.getString(3), v == null ? "(empty)" : v, held, s, f != null && f.estimated(), note,
                            "attribute_value", "attribute_value:" + datasetId + ":" + r.getLong(2) + ":" + r.getString(3)));
                }
            }
        }
    }

    private HeldValue value(String category, String field, String v, String held, Meta.Source s, boolean estimated, String note,
                            String table, String row) {
        String categoryName = taxonomy.category(category).map(DataCategory::name).orElse(category);
        if (s == null) {
            return new HeldValue(category, categoryName, field, v, held, "unknown source", "", "", false, "none recorded", List.of(),
                    "not recorded", estimated, "We cannot find where this came from. We will look into it.", table, row);
        }
        String basis = taxonomy.article6(s.article6()).map(b -> b.plain() + " (UK GDPR " + b.article() + ")").orElse(s.article6());
        purposeCodes.addAll(s.purposes());
        List<String> purposes = s.purposes().stream().map(p -> activities.containsKey(p) ? activities.get(p).name() : p).toList();
        boolean fromYou = s.kind() == SourceKind.DIRECT || s.kind() == SourceKind.MEMBERSHIP;
        return new HeldValue(category, categoryName, field, v, held, s.name(), s.code(), s.supplier(), fromYou, basis, purposes, s.retention(),
                estimated, note, table, row);
    }

    /** Values as shown to the person: booleans as yes/no, dates as yyyy-mm-dd, blanks left out. */
    static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        String s = o.toString();
        return s.isBlank() ? null : s;
    }
}
