package org.hustings.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Annotates a dataset's fields from the taxonomy and decides, once, whether each field can ever
 * be released. A special category field is stored only with its release blocked when the source
 * has no Article 9 condition that covers it (UK GDPR Art 9(1)); estimated ethnicity or religion is
 * blocked whatever the source claims.
 */
final class DatasetAnnotation {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    private DatasetAnnotation() {
    }

    /** The source's footing as the annotation needs it; null when the source has no provenance row. */
    record Footing(long sourceId, SourceKind kind, String article6, String article9) { }

    static Long sourceOf(Connection c, long datasetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_id FROM dataset WHERE id = ?")) {
            ps.setLong(1, datasetId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    static Footing footing(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.kind, s.article6_basis, p.article9_condition, p.source_id "
                + "FROM source s LEFT JOIN source_provenance p ON p.source_id = s.id WHERE s.id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next() || r.getObject(4) == null) {
                    return null;
                }
                return new Footing(sourceId, SourceKind.of(r.getString(1)), r.getString(2), r.getString(3));
            }
        }
    }

    /** Checks every field (all problems into {@code refusals}) and returns them as they will be stored. */
    static List<DeclaredField> annotate(Taxonomy taxonomy, Footing footing, List<FieldDeclaration> fields, Refusals refusals) {
        LawfulBasis basis = taxonomy.article6(footing.article6()).orElse(null);
        if (basis == null) {
            refusals.unlawful("the source's Article 6 basis '" + footing.article6() + "' is not a lawful basis in UK GDPR Art 6(1).");
        } else if (basis.statutoryOnly() && footing.kind() != SourceKind.STATUTORY_REGISTER) {
            refusals.unlawful(PublicTask.REASON);
        }
        if (fields.isEmpty()) {
            refusals.missing("the dataset declares no fields; every stored value needs a field annotation.");
        }
        Article9Condition condition = taxonomy.article9(footing.article9()).orElse(null);
        Set<String> seen = new HashSet<>();
        List<DeclaredField> out = new ArrayList<>();
        for (FieldDeclaration f : fields) {
            String name = f.field();
            if (name == null || !FIELD.matcher(name).matches()) {
                refusals.missing("field name '" + name + "' must start with a letter and use letters, digits, '_' or '.' (at most 100).");
                continue;
            }
            if (!seen.add(name)) {
                refusals.missing("field '" + name + "' is declared twice.");
            }
            DataCategory category = taxonomy.category(f.category()).orElse(null);
            if (category == null) {
                refusals.missing("field '" + name + "': '" + f.category() + "' is not a data category in the taxonomy.");
                continue;
            }
            if (f.nature() == null) {
                refusals.missing("field '" + name + "': say whether it is factual or estimated.");
                continue;
            }
            out.add(new DeclaredField(name, category.key(), category.special(), f.nature(), block(taxonomy, category, condition)));
        }
        return out;
    }

    private static String block(Taxonomy taxonomy, DataCategory category, Article9Condition condition) {
        if (category.neverReleased()) {
            return "never released: " + category.law();
        }
        if (!category.special()) {
            return null;
        }
        if (condition == null) {
            return "no condition — never released: " + category.name().toLowerCase(java.util.Locale.ROOT)
                    + " is special category data (UK GDPR Art 9(1)) and the source has no Article 9(2) condition";
        }
        if (!taxonomy.covers(condition, category.key())) {
            return "no condition — never released: the source's condition, " + condition.cited() + ", does not cover "
                    + category.name().toLowerCase(java.util.Locale.ROOT) + " (UK GDPR Art 9(1))";
        }
        return null;
    }

    static void store(Connection c, long datasetId, List<DeclaredField> fields) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_field (dataset_id, field, category, special_category, nature, "
                + "release_block) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (DeclaredField f : fields) {
                ps.setLong(1, datasetId);
                ps.setString(2, f.field());
                ps.setString(3, f.category());
                ps.setBoolean(4, f.special());
                ps.setString(5, f.nature().code());
                ps.setString(6, f.releaseBlock());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<DeclaredField> fields(Connection c, long datasetId) throws SQLException {
        List<DeclaredField> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field, category, special_category, nature, release_block FROM dataset_field "
                + "WHERE dataset_id = ? ORDER BY field")) {
            ps.setLong(1, datasetId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new DeclaredField(r.getString(1), r.getString(2), r.getBoolean(3), Nature.of(r.getString(4)), r.getString(5)));
                }
            }
        }
        return out;
    }

    static long insertDataset(Connection c, long sourceId, DatasetDeclaration d, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (source_id, kind, layout, file_name, file_sha256, status, loaded_by) "
                + "VALUES (?, ?, ?, ?, ?, 'loaded', ?) RETURNING id")) {
            ps.setLong(1, sourceId);
            ps.setString(2, d.kind());
            ps.setString(3, d.layout());
            ps.setString(4, d.fileName());
            ps.setString(5, d.fileSha256());
            ps.setString(6, actor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
