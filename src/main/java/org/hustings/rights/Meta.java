package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Small lookups of datasets, editions and field annotations by key, remembered for one reply or
 * one erasure, so the person's own rows can be read with a single indexed equality and no join
 * (DuckDB uses an index only for that, STORES.md).
 */
final class Meta {
    record Dataset(long sourceId, String fileName) { }

    record Edition(String laCode, LocalDate publishedOn) { }

    record Field(String category, boolean estimated, String releaseBlock) { }

    /** What the reply says about a source: its name and kind, supplier, Article 6 basis, retention and permitted purposes. */
    record Source(long id, String code, org.hustings.provenance.SourceKind kind, String name, String supplier, String article6,
                  String retention, java.util.List<String> purposes) { }

    private final Map<Long, Source> sources = new HashMap<>();

    /** The source with this id, or null when it does not exist. */
    Source source(Connection c, long id) throws SQLException {
        if (!sources.containsKey(id)) {
            Source s = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT s.code, s.kind, s.name, s.supplier, s.article6_basis, p.retention "
                    + "FROM source s LEFT JOIN source_provenance p ON p.source_id = s.id WHERE s.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        java.util.List<String> purposes = new java.util.ArrayList<>();
                        try (PreparedStatement pp = c.prepareStatement("SELECT purpose FROM source_purpose WHERE source_id = ? ORDER BY purpose")) {
                            pp.setLong(1, id);
                            try (ResultSet q = pp.executeQuery()) {
                                while (q.next()) {
                                    purposes.add(q.getString(1));
                                }
                            }
                        }
                        s = new Source(id, r.getString(1), org.hustings.provenance.SourceKind.of(r.getString(2)), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6) == null ? "not recorded" : r.getString(6), java.util.List.copyOf(purposes));
                    }
                }
            }
            sources.put(id, s);
        }
        return sources.get(id);
    }

    private final Map<Long, Dataset> datasets = new HashMap<>();
    private final Map<Long, Edition> editions = new HashMap<>();
    private final Map<String, Field> fields = new HashMap<>();

    Dataset dataset(Connection c, long id) throws SQLException {
        Dataset d = datasets.get(id);
        if (d == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT source_id, file_name FROM dataset WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    d = r.next() ? new Dataset(r.getLong(1), r.getString(2)) : new Dataset(-1, "unknown file");
                }
            }
            datasets.put(id, d);
        }
        return d;
    }

    Edition edition(Connection c, long id) throws SQLException {
        Edition e = editions.get(id);
        if (e == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT la_code, published_on FROM register_edition WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    e = r.next() ? new Edition(r.getString(1), r.getDate(2).toLocalDate()) : new Edition("unknown", null);
                }
            }
            editions.put(id, e);
        }
        return e;
    }

    /** The annotation of one field of one dataset, or null when the field was never declared. */
    Field field(Connection c, long datasetId, String field) throws SQLException {
        String key = datasetId + ":" + field;
        if (!fields.containsKey(key)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT field, category, nature, release_block FROM dataset_field WHERE dataset_id = ?")) {
                ps.setLong(1, datasetId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        fields.put(datasetId + ":" + r.getString(1), new Field(r.getString(2), "estimated".equals(r.getString(3)), r.getString(4)));
                    }
                }
            }
            fields.putIfAbsent(key, null);
        }
        return fields.get(key);
    }
}
