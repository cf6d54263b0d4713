package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hustings.provenance.SourceKind;
import org.hustings.store.Placeholders;

/**
 * What a reply says about the files a person's rows came from: datasets with their sources,
 * register editions and field annotations. A reply reads the person's own rows first (one indexed
 * equality per table, no join: DuckDB uses its index only then, STORES.md), then everything about
 * the datasets those rows came from ({@link #load}) — not one statement per dataset. What a
 * dataset, edition or election is never changes once it is loaded (ids come from sequences and are
 * never reused), so those are remembered across replies in a {@link Cache}; sources can change
 * (their purposes, their retention), so they are read afresh for every reply, in one statement.
 */
final class Meta {
    record Dataset(long sourceId, String fileName) { }

    record Edition(String laCode, LocalDate publishedOn) { }

    record Field(String category, boolean estimated, String releaseBlock) { }

    /** What the reply says about a source: its name and kind, supplier, Article 6 basis, retention and permitted purposes. */
    record Source(long id, String code, SourceKind kind, String name, String supplier, String article6, String retention,
                  List<String> purposes) { }

    record Election(String name, LocalDate heldOn) { }

    private static final Dataset UNKNOWN_DATASET = new Dataset(-1, "unknown file");
    private static final Edition UNKNOWN_EDITION = new Edition("unknown", null);

    /** What never changes once loaded: datasets with their fields, editions, elections. Safe to share between threads. */
    static final class Cache {
        final Map<Long, Dataset> datasets = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<Long, Edition> editions = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<Long, Election> elections = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Field> fields = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private final Map<Long, Source> sources = new HashMap<>();
    private final Map<Long, Dataset> datasets;
    private final Map<Long, Edition> editions;
    private final Map<Long, Election> elections;
    private final Map<String, Field> fields;

    Meta() {
        this(new Cache());
    }

    Meta(Cache cache) {
        this.datasets = cache.datasets;
        this.editions = cache.editions;
        this.elections = cache.elections;
        this.fields = cache.fields;
    }

    /**
     * Reads, in at most four statements, the datasets (with their sources and the purposes those
     * permit), the fields of those datasets, the editions and the elections named.
     */
    void load(Connection c, Collection<Long> datasetIds, Collection<Long> editionIds, Collection<Long> electionIds) throws SQLException {
        Set<Long> ds = new TreeSet<>(datasetIds);
        ds.removeAll(datasets.keySet());
        if (!ds.isEmpty()) {
            Map<Long, Dataset> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, source_id, file_name FROM dataset WHERE id IN (" + Placeholders.list(ds.size()) + ")")) {
                bind(ps, ds);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getLong(1), new Dataset(r.getLong(2), r.getString(3)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT dataset_id, field, category, nature, release_block FROM dataset_field "
                    + "WHERE dataset_id IN (" + Placeholders.list(ds.size()) + ")")) {
                bind(ps, ds);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        fields.put(r.getLong(1) + ":" + r.getString(2), new Field(r.getString(3), "estimated".equals(r.getString(4)),
                                r.getString(5)));
                    }
                }
            }
            // A dataset is remembered only once its fields are: a reader never sees one without the other.
            for (long id : ds) {
                datasets.put(id, found.getOrDefault(id, UNKNOWN_DATASET));
            }
        }
        Set<Long> sourceIds = new TreeSet<>();
        for (long id : datasetIds) {
            long sourceId = datasets.get(id).sourceId();
            if (sourceId >= 0 && !sources.containsKey(sourceId)) {
                sourceIds.add(sourceId);
            }
        }
        if (!sourceIds.isEmpty()) {
            // One statement: each source with its provenance and the purposes it permits (one row per purpose).
            Map<Long, List<String>> purposes = new HashMap<>();
            Map<Long, Object[]> sourceRows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, s.kind, s.name, s.supplier, s.article6_basis, p.retention, "
                    + "sp.purpose FROM source s LEFT JOIN source_provenance p ON p.source_id = s.id "
                    + "LEFT JOIN source_purpose sp ON sp.source_id = s.id WHERE s.id IN (" + Placeholders.list(sourceIds.size()) + ") ORDER BY s.id, sp.purpose")) {
                bind(ps, sourceIds);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        sourceRows.putIfAbsent(id, new Object[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                r.getString(7)});
                        List<String> list = purposes.computeIfAbsent(id, k -> new ArrayList<>());
                        String purpose = r.getString(8);
                        if (purpose != null && !list.contains(purpose)) {
                            list.add(purpose);
                        }
                    }
                }
            }
            sourceRows.forEach((id, v) -> sources.put(id, new Source(id, (String) v[0], SourceKind.of((String) v[1]), (String) v[2],
                    (String) v[3], (String) v[4], v[5] == null ? "not recorded" : (String) v[5], List.copyOf(purposes.get(id)))));
        }
        Set<Long> eds = new TreeSet<>(editionIds);
        eds.removeAll(editions.keySet());
        if (!eds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, la_code, published_on FROM register_edition WHERE id IN ("
                    + Placeholders.list(eds.size()) + ")")) {
                bind(ps, eds);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        editions.put(r.getLong(1), new Edition(r.getString(2), r.getDate(3).toLocalDate()));
                    }
                }
            }
            eds.forEach(id -> editions.putIfAbsent(id, UNKNOWN_EDITION));
        }
        Set<Long> els = new TreeSet<>(electionIds);
        els.removeAll(elections.keySet());
        if (!els.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, held_on FROM election WHERE id IN (" + Placeholders.list(els.size()) + ")")) {
                bind(ps, els);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        elections.put(r.getLong(1), new Election(r.getString(2), r.getDate(3).toLocalDate()));
                    }
                }
            }
            els.forEach(id -> elections.putIfAbsent(id, new Election("unknown election", null)));
        }
    }

    /** The source with this id, or null when it does not exist; its dataset must have been {@link #load loaded}. */
    Source source(long id) {
        return sources.get(id);
    }

    Dataset dataset(long id) {
        return datasets.getOrDefault(id, UNKNOWN_DATASET);
    }

    Edition edition(long id) {
        return editions.getOrDefault(id, UNKNOWN_EDITION);
    }

    Election election(long id) {
        return elections.getOrDefault(id, new Election("unknown election", null));
    }

    /** The annotation of one field of one loaded dataset, or null when the field was never declared. */
    Field field(long datasetId, String field) {
        return fields.get(datasetId + ":" + field);
    }


    private static void bind(PreparedStatement ps, Set<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            ps.setLong(i++, id);
        }
    }
}
