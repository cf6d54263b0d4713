package org.hustings.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;

/**
 * Finds people on the current register — the read model behind the People page, its API and
 * {@code hustings people find}: by surname (and forenames), postcode, elector number or person id,
 * a page of at most {@link PeopleQuery#MAX_LIMIT} at a time, each with the live flags of the person.
 *
 * <p>Only current entries of current editions: an entry a notice of alteration deleted, or one in
 * a superseded edition, is not found. Pages follow each other by key (the entry's sort key and id
 * after the last one shown), never by offset, so page 100 costs what page 1 costs. Each search is
 * one indexed lookup (V52): {@code elector_surname_key} on the surname part of {@code match_key}
 * (so surnames compare as {@link MatchKey} compares them, spaces ignored too), {@code elector_postcode},
 * {@code elector_elector_number}, or the existing {@code elector_person}; the other fields given, the
 * current editions and the page key filter the rows that lookup finds. See docs/adr/0101-finding-people-on-the-register.md.
 *
 * <p>Searching the register for a person is processing their personal data: {@link #search(String, PeopleQuery)}
 * records each search in the ledger ({@code people.search}) with who searched, which fields were
 * used, how many people came back, and those people's internal ids — never what was typed
 * (UK GDPR Art 5(1)(c) and 5(2)).
 */
public final class PeopleSearch {
    /**
     * The surname part of the match key without spaces: the index expression of V52, written exactly
     * as there. Compare it with {@link #surnameKey}; the rights station's search uses it too.
     */
    public static final String SURNAME_KEY = "replace(regexp_replace(match_key, '[|].*', ''), ' ', '')";
    static final String ACTION = "people.search";

    /** A typed surname as {@link #SURNAME_KEY} holds it: accents, case, punctuation and spaces do not matter ("O'Néill" = "ONEILL"). */
    public static String surnameKey(String typed) {
        return MatchKey.normalise(typed).replace(" ", "");
    }
    private static final String SORT_KEY = "coalesce(match_key, '')";
    private static final String COLUMNS = "id, person_id, edition_id, elector_number, anonymous, title, forenames, surname, name_suffix, "
            + "address1, address2, address3, address4, address5, address6, address7, address8, address9, postcode, markers";
    /** The order flags are listed in: the ones that stop use first. */
    private static final List<String> FLAG_ORDER = List.of("erased", "do_not_contact", "restricted", "objected_marketing", "objected_profiling");

    private final Store store;
    private final Ledger ledger;

    public PeopleSearch(Store store) {
        this.store = store;
        this.ledger = new Ledger(store);
    }

    /** Searches and records the search in the ledger, in the name of {@code actor} (a staff id, no spaces). */
    public PeopleResults search(String actor, PeopleQuery q) {
        PeopleResults page = find(q);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fields", q.fields());
        details.put("results", page.people().size());
        details.put("more", page.more());
        details.put("continued", q.after() != null);
        Set<Long> people = new LinkedHashSet<>();
        page.people().forEach(p -> people.add(p.personId()));
        ledger.append(new LedgerEntry(actor, ACTION, "register:current", details, List.copyOf(people)));
        return page;
    }

    /** Searches without recording (for tests and for callers that record the search themselves). */
    public PeopleResults find(PeopleQuery q) {
        return store.read(c -> {
            Map<Long, String> editions = currentEditions(c);
            if (editions.isEmpty()) {
                return new PeopleResults(List.of(), null);
            }
            Lookup lookup = lookup(q, editions.keySet(), q.after() == null ? null : sortKeyOf(c, q.after()));
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(lookup.sql())) {
                bind(ps, lookup.args());
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            boolean more = ids.size() > q.limit();
            List<Row> shown = entries(c, more ? ids.subList(0, q.limit()) : ids);
            Map<Long, List<String>> flags = flags(c, shown);
            List<FoundPerson> people = new ArrayList<>();
            for (Row row : shown) {
                people.add(row.person(editions.get(row.editionId), flags.getOrDefault(row.personId, List.of())));
            }
            return new PeopleResults(people, more ? shown.get(shown.size() - 1).electorId : null);
        });
    }

    /** The query for one page's entry ids, and its arguments. */
    record Lookup(String sql, List<Object> args) {
    }

    /**
     * The query for one page's entry ids. Inside, the index lookup and nothing else: one equality
     * on one indexed key — the most selective field given (person id, elector number, postcode,
     * surname). Outside, every other condition: the other fields, entries no notice has deleted,
     * the current editions (bound as a list: a handful of ids), the forenames and the page key.
     * The inner part is MATERIALIZED so that neither engine pushes the outer conditions into it:
     * DuckDB 2.0 uses an index only when that equality is the scan's one filter (a second filter on
     * any column, even {@code deleted_dataset_id IS NULL}, made it scan the whole table: 130 ms
     * instead of 15 ms for a surname on the 75,000-elector demo). Inside, only the columns the outer
     * conditions read: DuckDB reads each column of each row found on its own (a thousand Williamses
     * with every column took 290 ms, with these 40 ms), and {@link #entries} then reads the page's
     * rows whole. PeopleSearchPlanTest keeps both queries on their indexes on both engines.
     * {@code afterKey} is the sort key of the entry {@code q.after()} names.
     */
    static Lookup lookup(PeopleQuery q, java.util.Collection<Long> editions, String afterKey) {
        // column read outside, the condition inside (on match_key) or outside (on sort_key, the same value), its argument
        record Condition(String column, String inside, String outside, Object arg) { }
        List<Condition> given = new ArrayList<>();
        if (q.personId() != null) {
            given.add(new Condition("person_id", "person_id = ?", "person_id = ?", q.personId()));
        }
        if (q.elector() != null) {
            given.add(new Condition("elector_number", "elector_number = ?", "elector_number = ?", q.elector().canonical()));
        }
        if (q.postcode() != null) {
            given.add(new Condition("postcode", "postcode = ?", "postcode = ?", q.postcode()));
        }
        if (q.surname() != null) {
            given.add(new Condition(null, SURNAME_KEY + " = ?", SURNAME_KEY.replace("match_key", "sort_key") + " = ?", q.surname()));
        }
        Condition index = given.get(0);
        StringBuilder columns = new StringBuilder("id, edition_id, deleted_dataset_id, ").append(SORT_KEY).append(" AS sort_key");
        for (Condition other : given.subList(1, given.size())) {
            if (other.column() != null) {
                columns.append(", ").append(other.column());
            }
        }
        StringBuilder sql = new StringBuilder("WITH hit AS MATERIALIZED (SELECT ").append(columns).append(" FROM elector WHERE ")
                .append(index.inside()).append(") SELECT id FROM hit WHERE deleted_dataset_id IS NULL AND edition_id IN (")
                .append("?, ".repeat(editions.size() - 1)).append("?)");
        List<Object> args = new ArrayList<>();
        args.add(index.arg());
        args.addAll(editions);
        for (Condition other : given.subList(1, given.size())) {
            sql.append(" AND ").append(other.outside());
            args.add(other.arg());
        }
        if (q.forenames() != null) {
            sql.append(" AND split_part(sort_key, '|', 2) LIKE ?");
            args.add(q.forenames() + "%"); // normalised: letters, digits and spaces only, so no LIKE wildcard in it
        }
        if (q.after() != null) {
            sql.append(" AND (sort_key > ? OR (sort_key = ? AND id > ?))");
            args.add(afterKey);
            args.add(afterKey);
            args.add(q.after());
        }
        sql.append(" ORDER BY sort_key, id LIMIT ?");
        args.add(q.limit() + 1);
        return new Lookup(sql.toString(), args);
    }

    /**
     * The register entries of one page, in the order given: one lookup by primary key for the page's
     * ids (at most 50), so only those rows are read whole.
     */
    private static List<Row> entries(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(entriesSql(ids.size()))) {
            bind(ps, new ArrayList<>(ids));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Row row = Row.read(r);
                    byId.put(row.electorId, row);
                }
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    static String entriesSql(int n) {
        return "SELECT " + COLUMNS + " FROM elector WHERE id IN (" + "?, ".repeat(n - 1) + "?)";
    }

    /** The current edition of each authority (a few rows: one per authority), id → authority code. */
    private static Map<Long, String> currentEditions(Connection c) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, la_code FROM register_edition WHERE status = 'current' ORDER BY id");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.put(r.getLong(1), r.getString(2));
            }
        }
        return out;
    }

    /** The sort key of the entry a page ended with (a primary-key lookup); refused naming {@code after} when there is none. */
    private static String sortKeyOf(Connection c, long electorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SORT_KEY + " FROM elector WHERE id = ?")) {
            ps.setLong(1, electorId);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
        }
        throw new FieldProblems(ErrorCode.BAD_REQUEST, "The search", List.of(new FieldProblems.Problem("after",
                "The field 'after' must be the register entry the previous page ended with; there is no entry " + electorId + ".")));
    }

    /** The live flags of the people on the page: one lookup, person_flag is small (a row per right exercised). */
    private static Map<Long, List<String>> flags(Connection c, List<Row> rows) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.personId));
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id, flag FROM person_flag WHERE lifted_at IS NULL AND person_id IN ("
                + "?, ".repeat(ids.size() - 1) + "?)")) {
            bind(ps, new ArrayList<>(ids));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        out.values().forEach(l -> l.sort((a, b) -> Integer.compare(rank(a), rank(b))));
        return out;
    }

    private static int rank(String flag) {
        int i = FLAG_ORDER.indexOf(flag);
        return i < 0 ? FLAG_ORDER.size() : i;
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** One row of the lookup, before the flags are added. */
    private record Row(long electorId, long personId, long editionId, String electorNumber, boolean anonymous, String title,
                       String forenames, String surname, String nameSuffix, List<String> address, String postcode, String markers) {

        static Row read(ResultSet r) throws SQLException {
            List<String> address = new ArrayList<>();
            for (int i = 10; i <= 18; i++) {
                String line = r.getString(i);
                if (line != null && !line.isBlank()) {
                    address.add(line.strip());
                }
            }
            return new Row(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getBoolean(5), r.getString(6), r.getString(7),
                    r.getString(8), r.getString(9), address, r.getString(19), r.getString(20));
        }

        FoundPerson person(String laCode, List<String> flags) {
            Markers m = Markers.parse(markers);
            List<String> meanings = new ArrayList<>();
            for (char letter : m.letters().toCharArray()) {
                meanings.add(letter + ": " + Marker.of(letter).map(Marker::meaning)
                        .orElse("not a known marker, kept as supplied; ask the ERO what it means."));
            }
            return new FoundPerson(electorId, personId, editionId, laCode, electorNumber, anonymous, title, forenames, surname, nameSuffix,
                    address, postcode, m.letters(), meanings, flags);
        }
    }
}
