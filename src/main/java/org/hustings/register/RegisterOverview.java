package org.hustings.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hustings.store.Store;

/**
 * The read model behind the Register page and its API: editions with their rollover figures,
 * current entries by polling district and by marker, and the quarantine of the latest imports.
 * An entry is current when no notice of alteration has deleted it ({@code deleted_dataset_id IS NULL}).
 * Counts only: no names or addresses leave this class, so anonymous electors stay anonymous.
 */
public final class RegisterOverview {
    private final Store store;

    public RegisterOverview(Store store) {
        this.store = store;
    }

    /** One register edition with its count of current entries and its rollover figures. */
    public record Edition(long id, String laCode, String laName, LocalDate publishedOn, String status, long entries,
                          long carried, long notCarried, long newPeople, long datasetId) {
    }

    public record DistrictCount(String pollingDistrict, long entries) {
    }

    /** Entries carrying a marker; {@code marker} is the letter, or "other" for letters that are not known markers. */
    public record MarkerCount(String marker, String meaning, long entries) {
    }

    /** One edition's current entries by polling district and by marker; {@code unmarked} have no marker at all. */
    public record EditionDetail(Edition edition, List<DistrictCount> districts, List<MarkerCount> markers, long unmarked) {
    }

    /** One delivered file: loaded whole or refused whole, with its row counts. */
    public record DatasetSummary(long id, String fileName, String kind, String layout, String status, long rowsRead,
                                 long rowsLoaded, long rowsRejected, long rowsWarned, String loadedBy, Instant loadedAt,
                                 String message, long problems) {
    }

    /** One quarantined row or warning. */
    public record ProblemRow(String severity, String fileName, long line, String field, String code, String message, String value) {
    }

    /** A slice of a longer list, with the full count. */
    public record Page<T>(List<T> items, long total, int limit, int offset) {
    }

    /** Every edition, newest first. */
    public List<Edition> editions() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(EDITIONS + " ORDER BY e.published_on DESC, e.la_code, e.id")) {
                return editions(ps);
            }
        });
    }

    /**
     * One edition with its counts, or empty when there is no such edition. One pass over the
     * edition's current entries groups them by polling district and marker letters; the few
     * groups are then summed here, reading the letters with {@link Markers} as the importers do.
     */
    public Optional<EditionDetail> edition(long id) {
        return store.read(c -> {
            List<Edition> found;
            try (PreparedStatement ps = c.prepareStatement(EDITIONS + " WHERE e.id = ?")) {
                ps.setLong(1, id);
                found = editions(ps);
            }
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Long> districts = new TreeMap<>();
            long[] byMarker = new long[Marker.values().length];
            long other = 0;
            long unmarked = 0;
            TreeSet<Character> otherLetters = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT polling_district, markers, count(*) FROM elector "
                    + "WHERE edition_id = ? AND deleted_dataset_id IS NULL GROUP BY polling_district, markers")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long n = r.getLong(3);
                        districts.merge(r.getString(1), n, Long::sum);
                        Markers markers = Markers.parse(r.getString(2));
                        if (markers.isEmpty()) {
                            unmarked += n;
                        }
                        for (Marker m : Marker.values()) {
                            byMarker[m.ordinal()] += markers.has(m) ? n : 0;
                        }
                        String unknown = markers.unknown();
                        if (!unknown.isEmpty()) {
                            other += n;
                            unknown.chars().forEach(ch -> otherLetters.add((char) ch));
                        }
                    }
                }
            }
            List<MarkerCount> markers = new ArrayList<>();
            for (Marker m : Marker.values()) {
                markers.add(new MarkerCount(m.name(), m.meaning(), byMarker[m.ordinal()]));
            }
            markers.add(new MarkerCount("other", otherMeaning(otherLetters), other));
            List<DistrictCount> byDistrict = districts.entrySet().stream().map(e -> new DistrictCount(e.getKey(), e.getValue())).toList();
            return Optional.of(new EditionDetail(found.get(0), byDistrict, List.copyOf(markers), unmarked));
        });
    }

    private static final String EDITIONS = "SELECT e.id, e.la_code, la.name, e.published_on, e.status, coalesce(n.entries, 0), "
            + "e.carried, e.not_carried, e.new_people, e.dataset_id FROM register_edition e "
            + "LEFT JOIN local_authority la ON la.code = e.la_code "
            + "LEFT JOIN (SELECT edition_id, count(*) AS entries FROM elector WHERE deleted_dataset_id IS NULL GROUP BY edition_id) n "
            + "ON n.edition_id = e.id";

    private static List<Edition> editions(PreparedStatement ps) throws SQLException {
        List<Edition> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new Edition(r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class), r.getString(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)));
            }
        }
        return out;
    }

    /** Names the unknown letters actually found: they are kept verbatim and need the ERO's explanation. */
    private static String otherMeaning(TreeSet<Character> letters) {
        if (letters.isEmpty()) {
            return "Letters that are not a known marker: none in this edition.";
        }
        StringBuilder b = new StringBuilder();
        letters.forEach(ch -> b.append(b.isEmpty() ? "" : ", ").append(ch));
        return "Letters that are not a known marker, kept as supplied (" + b + "): ask the ERO what they mean.";
    }

    /** The most recent datasets, newest first, each with its number of quarantined rows and warnings. */
    public Page<DatasetSummary> datasets(int limit, int offset) {
        return store.read(c -> {
            List<DatasetSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DATASETS + " ORDER BY d.loaded_at DESC, d.id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                out.addAll(datasets(ps));
            }
            return new Page<>(out, count(c, "SELECT count(*) FROM dataset", null), limit, offset);
        });
    }

    public Optional<DatasetSummary> dataset(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(DATASETS + " WHERE d.id = ?")) {
                ps.setLong(1, id);
                return datasets(ps).stream().findFirst();
            }
        });
    }

    /** A dataset's quarantined rows and warnings, in file order. */
    public Page<ProblemRow> problems(long datasetId, int limit, int offset) {
        return store.read(c -> {
            List<ProblemRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT severity, file_name, line_no, field, code, message, value "
                    + "FROM problem WHERE dataset_id = ? ORDER BY line_no, field, code LIMIT ? OFFSET ?")) {
                ps.setLong(1, datasetId);
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new ProblemRow(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7)));
                    }
                }
            }
            return new Page<>(out, count(c, "SELECT count(*) FROM problem WHERE dataset_id = ?", datasetId), limit, offset);
        });
    }

    private static final String DATASETS = "SELECT d.id, d.file_name, d.kind, d.layout, d.status, d.rows_read, d.rows_loaded, "
            + "d.rows_rejected, d.rows_warned, d.loaded_by, d.loaded_at, d.message, "
            + "(SELECT count(*) FROM problem p WHERE p.dataset_id = d.id) FROM dataset d";

    private static List<DatasetSummary> datasets(PreparedStatement ps) throws SQLException {
        List<DatasetSummary> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                OffsetDateTime at = r.getObject(11, OffsetDateTime.class);
                out.add(new DatasetSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getString(10), at == null ? null : at.toInstant(),
                        r.getString(12), r.getLong(13)));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql, Long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
