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

    private final Meta meta;

    HeldValues(Taxonomy taxonomy, Map<String, Activity> activities) {
        this(taxonomy, activities, new Meta.Cache());
    }

    HeldValues(Taxonomy taxonomy, Map<String, Activity> activities, Meta.Cache files) {
        this.taxonomy = taxonomy;
        this.activities = activities;
        this.meta = new Meta(files);
    }

    /** The purposes the sources of the values returned so far permit, in order of first use. */
    java.util.Set<String> purposeCodes() {
        return purposeCodes;
    }

    /**
     * Every value held about the person in two statements on the person's rows — the register, and
     * one UNION ALL of the marked register, absent voters lists and every other dataset, each
     * branch a single indexed equality on person_id — and at most four on the files they came from.
     */
    List<HeldValue> of(Connection c, long personId) throws SQLException {
        StatutorySource spec = taxonomy.statute("register").orElseThrow();
        List<Object[]> register = registerRows(c, personId, spec);
        List<Object[]> other = otherRows(c, personId);
        java.util.Set<Long> datasets = new java.util.HashSet<>();
        java.util.Set<Long> editions = new java.util.HashSet<>();
        java.util.Set<Long> elections = new java.util.HashSet<>();
        for (Object[] r : register) {
            editions.add((Long) r[1]);
            datasets.add((Long) r[2]);
        }
        for (Object[] r : other) {
            datasets.add((Long) r[1]);
            if (r[5] != null) {
                elections.add((Long) r[5]);
            }
        }
        meta.load(c, datasets, editions, elections);
        List<HeldValue> out = new ArrayList<>();
        register(register, spec, out);
        marks(other, out);
        absentVotes(other, out);
        attributes(other, out);
        listRows(other, out);
        return out;
    }

    private List<Object[]> registerRows(Connection c, long personId, StatutorySource spec) throws SQLException {
        StringBuilder cols = new StringBuilder();
        for (StatutoryField f : spec.fields()) {
            if (!f.column().matches("[a-z_0-9]+")) {
                throw new IllegalStateException("Unsafe register column in the taxonomy: " + f.column());
            }
            cols.append(", ").append(f.column());
        }
        // One single-column equality on the indexed person_id, no join: DuckDB uses its index only then (STORES.md).
        String sql = "SELECT id, edition_id, dataset_id" + cols + " FROM elector WHERE person_id = ? ORDER BY edition_id, id";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                int n = 3 + spec.fields().size();
                while (r.next()) {
                    Object[] row = new Object[n];
                    row[0] = r.getLong(1);
                    row[1] = r.getLong(2);
                    row[2] = r.getLong(3);
                    for (int i = 3; i < n; i++) {
                        row[i] = text(r.getObject(i + 1));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * The identity columns of a list row the linker attached to the person ({@code pending_row}):
     * kept as the evidence of the link, so held about them, so in the reply. Column, field, category.
     */
    private static final String[][] LIST_COLUMNS = {
        {"forenames", "forenames", "identity.name"}, {"surname", "surname", "identity.name"},
        {"address", "address", "contact.postal_address"}, {"postcode", "postcode", "contact.postal_address"},
        {"birth_date", "birth_date", "demographic.birth_date"}, {"email", "email", "contact.email"},
        {"phone", "phone", "contact.phone"}, {"elector_number", "elector_number", "electoral.elector_number"}};

    /**
     * Rows as {part, dataset_id, line_no, field, value, election_id, list columns…}: part 0 attribute,
     * 1 mark, 2 absent vote, 3 a list row attached to the person (its identity columns).
     */
    private static List<Object[]> otherRows(Connection c, long personId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String none = ", " + String.join(", ", java.util.Collections.nCopies(LIST_COLUMNS.length, "CAST(NULL AS VARCHAR)"));
        StringBuilder list = new StringBuilder();
        for (String[] col : LIST_COLUMNS) {
            list.append(", CAST(").append(col[0]).append(" AS VARCHAR)");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 0 AS part, dataset_id, line_no, field, value, CAST(NULL AS BIGINT) AS election_id"
                + none + " FROM attribute_value WHERE person_id = ? "
                + "UNION ALL SELECT 1, dataset_id, line_no, 'voted', mark, election_id" + none + " FROM election_mark WHERE person_id = ? "
                + "UNION ALL SELECT 2, dataset_id, line_no, kind, CAST(returned AS VARCHAR), election_id" + none
                + " FROM absent_voter WHERE person_id = ? "
                + "UNION ALL SELECT 3, dataset_id, line_no, CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS BIGINT)" + list
                + " FROM pending_row WHERE person_id = ?")) {
            for (int i = 1; i <= 4; i++) {
                ps.setLong(i, personId);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long election = r.getLong(6);
                    Object[] row = new Object[6 + LIST_COLUMNS.length];
                    row[0] = r.getInt(1);
                    row[1] = r.getLong(2);
                    row[2] = r.getLong(3);
                    row[3] = r.getString(4);
                    row[4] = r.getString(5);
                    row[5] = r.wasNull() ? null : election;
                    for (int i = 0; i < LIST_COLUMNS.length; i++) {
                        row[6 + i] = r.getString(7 + i);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void register(List<Object[]> rows, StatutorySource spec, List<HeldValue> out) {
        for (Object[] r : rows) {
            Meta.Edition ed = meta.edition((Long) r[1]);
            String held = "Electoral register for " + ed.laCode() + ", edition of " + ed.publishedOn();
            Meta.Source s = meta.source(meta.dataset((Long) r[2]).sourceId());
            for (int i = 0; i < spec.fields().size(); i++) {
                String v = (String) r[3 + i];
                if (v != null) {
                    StatutoryField f = spec.fields().get(i);
                    out.add(value(f.category(), f.field(), v, held, s, false, null, "elector", "elector:" + r[0]));
                }
            }
        }
    }

    private static List<Object[]> part(List<Object[]> rows, int part, java.util.Comparator<Object[]> order) {
        return rows.stream().filter(r -> (Integer) r[0] == part).sorted(order).toList();
    }

    private static final java.util.Comparator<Object[]> BY_LINE = java.util.Comparator.<Object[]>comparingLong(r -> (Long) r[1])
            .thenComparingLong(r -> (Long) r[2]).thenComparing(r -> (String) r[3]);

    private void marks(List<Object[]> rows, List<HeldValue> out) {
        java.util.Comparator<Object[]> byDay = java.util.Comparator.comparing(r -> meta.election((Long) r[5]).heldOn(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (Object[] r : part(rows, 1, byDay.thenComparing(BY_LINE))) {
            Meta.Election el = meta.election((Long) r[5]);
            String held = "Marked register of the " + el.name() + " election on " + el.heldOn();
            out.add(value("participation.voted", "voted", (String) r[4], held, meta.source(meta.dataset((Long) r[1]).sourceId()), false,
                    null, "election_mark", "election_mark:" + r[1] + ":" + r[2]));
        }
    }

    private void absentVotes(List<Object[]> rows, List<HeldValue> out) {
        for (Object[] r : part(rows, 2, BY_LINE)) {
            String held = "Absent voters list (dataset " + r[1] + ")";
            String row = "absent_voter:" + r[1] + ":" + r[2];
            Meta.Source s = meta.source(meta.dataset((Long) r[1]).sourceId());
            out.add(value("participation.absent_vote", "absent_vote", (String) r[3], held, s, false, null, "absent_voter", row));
            String returned = r[4] == null ? null : Boolean.parseBoolean((String) r[4]) ? "yes" : "no";
            if (returned != null) {
                out.add(value("participation.voted", "postal_vote_returned", returned, held, s, false, null, "absent_voter", row));
            }
        }
    }

    private void attributes(List<Object[]> rows, List<HeldValue> out) {
        for (Object[] r : part(rows, 0, BY_LINE)) {
            long datasetId = (Long) r[1];
            String field = (String) r[3];
            Meta.Dataset d = meta.dataset(datasetId);
            Meta.Field f = meta.field(datasetId, field);
            Meta.Source s = meta.source(d.sourceId());
            String held = "File " + d.fileName() + " (dataset " + datasetId + "), line " + r[2];
            String category = f == null ? "unknown" : f.category();
            String note = f == null || f.releaseBlock() == null ? null : "We hold this, but we may never use it: " + f.releaseBlock();
            String v = (String) r[4];
            out.add(value(category, field, v == null ? "(empty)" : v, held, s, f != null && f.estimated(), note,
                    "attribute_value", "attribute_value:" + datasetId + ":" + r[2] + ":" + field));
        }
    }

    private void listRows(List<Object[]> rows, List<HeldValue> out) {
        for (Object[] r : part(rows, 3, BY_LINE_ONLY)) {
            long datasetId = (Long) r[1];
            Meta.Dataset d = meta.dataset(datasetId);
            Meta.Source s = meta.source(d.sourceId());
            String held = "File " + d.fileName() + " (dataset " + datasetId + "), line " + r[2] + ": the details we used to match it to you";
            for (int i = 0; i < LIST_COLUMNS.length; i++) {
                String v = (String) r[6 + i];
                if (v != null && !v.isBlank()) {
                    out.add(value(LIST_COLUMNS[i][2], LIST_COLUMNS[i][1], v, held, s, false, null, "pending_row",
                            "pending_row:" + datasetId + ":" + r[2]));
                }
            }
        }
    }

    private static final java.util.Comparator<Object[]> BY_LINE_ONLY = java.util.Comparator.<Object[]>comparingLong(r -> (Long) r[1])
            .thenComparingLong(r -> (Long) r[2]);

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
