package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of two small tables that a statutory read would otherwise join for every row: each
 * source's datasets and the current register editions (per local authority). Read once per read,
 * in the read's own snapshot, and bound into the streamed query as {@code IN (…)} lists — the same
 * rows as the joins, without two hash joins over a million electors (ADR 0200).
 */
final class BoundIds {
    /** More datasets than this are matched with a sub-select instead of bound one by one. */
    static final int MAX_BOUND = 5_000;
    private final Map<Long, List<Long>> datasetsBySource = new LinkedHashMap<>();
    private final Map<String, List<Long>> currentEditionsByLa = new LinkedHashMap<>();

    private BoundIds() {
    }

    static BoundIds load(Connection c) throws SQLException {
        BoundIds ids = new BoundIds();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, source_id FROM dataset ORDER BY id"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ids.datasetsBySource.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(r.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, la_code FROM register_edition WHERE status = 'current' ORDER BY id");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                ids.currentEditionsByLa.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getLong(1));
            }
        }
        return ids;
    }

    /** The datasets of these sources, ascending. */
    List<Long> datasets(Collection<Long> sources) {
        List<Long> out = new ArrayList<>();
        for (Long s : sources) {
            out.addAll(datasetsBySource.getOrDefault(s, List.of()));
        }
        out.sort(null);
        return out;
    }

    /** The current editions of one local authority, or of all when {@code laCode} is null. */
    List<Long> currentEditions(String laCode) {
        if (laCode != null) {
            return currentEditionsByLa.getOrDefault(laCode, List.of());
        }
        List<Long> out = new ArrayList<>();
        currentEditionsByLa.values().forEach(out::addAll);
        return out;
    }
}
