package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.MatchKey;
import org.hustings.register.PeopleQuery;
import org.hustings.register.PeopleSearch;
import org.hustings.store.Placeholders;
import org.hustings.store.Store;

/**
 * Finds the person a request is about: by name, address, postcode, date of birth, email or phone,
 * across the register ({@code elector}, every edition) and every non-register dataset
 * ({@code attribute_value}, by the data category of each field). Each term is one query; people
 * are ranked by how many terms matched. Staff then confirm the match ({@link Requests#confirmPerson}).
 * Rows that matched but are linked to nobody are listed for review, not silently left out.
 */
public final class PersonSearch {
    public static final int MAX_PEOPLE = 50;
    private static final String ATTR = "SELECT person_id, dataset_id, line_no, field FROM attribute_value WHERE dataset_id IN (";

    private final Store store;

    public PersonSearch(Store store) {
        this.store = store;
    }

    /**
     * Searches, and records in the ledger who searched, which kinds of terms were used and how many
     * people and unlinked rows came back (never the terms themselves): looking people up is a use of
     * their data (UK GDPR Art 5(2)).
     */
    public SearchResult search(String actor, SearchQuery q) {
        SearchResult r = search(q);
        java.util.List<String> terms = new ArrayList<>();
        if (!SearchQuery.blank(q.name())) {
            terms.add("name");
        }
        if (!SearchQuery.blank(q.address())) {
            terms.add("address");
        }
        if (!SearchQuery.blank(q.postcode())) {
            terms.add("postcode");
        }
        if (q.birthDate() != null) {
            terms.add("birth_date");
        }
        if (!SearchQuery.blank(q.email())) {
            terms.add("email");
        }
        if (!SearchQuery.blank(q.phone())) {
            terms.add("phone");
        }
        store.write(c -> {
            new org.hustings.provenance.LedgerLink(store).record(c, actor, "rights.search", "", Map.of("terms", terms,
                    "people", r.people().size(), "unlinked_rows", r.unlinked().size()), r.people().stream().map(Candidate::personId).toList());
            return null;
        });
        return r;
    }

    /** Searches without recording (for tests and internal checks). */
    public SearchResult search(SearchQuery q) {
        if (q == null || q.empty()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give at least one of name, address, postcode, date of birth, email or phone.");
        }
        return store.read(c -> {
            Map<Long, TreeSet<String>> hits = new TreeMap<>();
            List<UnlinkedRow> unlinked = new ArrayList<>();
            if (!SearchQuery.blank(q.name())) {
                registerNames(c, hits, MatchKey.normalise(q.name()).split(" "));
                String[] tokens = Normalise.name(q.name()).split(" ");
                attributes(c, hits, unlinked, "name", "identity.name", "upper(value) = ?", tokens[tokens.length - 1]);
            }
            if (!SearchQuery.blank(q.postcode())) {
                String pc = Normalise.postcode(q.postcode());
                String stored = PeopleQuery.postcode(q.postcode());
                if (stored != null) {
                    // A whole UK postcode: as the importers store it, through the People page's postcode index (V52).
                    electors(c, hits, "postcode", STORED_POSTCODE, stored);
                } else {
                    // Not one: compared with postcodes kept as supplied, which only a scan can find.
                    electors(c, hits, "postcode", "replace(upper(postcode), ' ', '') = ?", pc);
                }
                attributes(c, hits, unlinked, "postcode", "contact.postal_address", "replace(upper(value), ' ', '') = ?", pc);
            }
            if (!SearchQuery.blank(q.address())) {
                String like = "%" + q.address().trim().toLowerCase(java.util.Locale.ROOT) + "%";
                electors(c, hits, "address", "(lower(address1) LIKE ? OR lower(address2) LIKE ? OR lower(address3) LIKE ?)", like, like, like);
                attributes(c, hits, unlinked, "address", "contact.postal_address", "lower(value) LIKE ?", like);
            }
            if (q.birthDate() != null) {
                electors(c, hits, "date of birth", "birth_date = ?", Date.valueOf(q.birthDate()));
                attributes(c, hits, unlinked, "date of birth", "demographic.birth_date", "value = ?", q.birthDate().toString());
            }
            if (!SearchQuery.blank(q.email())) {
                attributes(c, hits, unlinked, "email", "contact.email", "lower(trim(value)) = ?", Normalise.email(q.email()));
            }
            if (!SearchQuery.blank(q.phone())) {
                String digits = Normalise.phone(q.phone());
                String tail = digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
                attributes(c, hits, unlinked, "phone", "contact.phone", "right(regexp_replace(value, '[^0-9]', '', 'g'), 10) = ?", tail);
            }
            List<Map.Entry<Long, TreeSet<String>>> ranked = new ArrayList<>(hits.entrySet());
            ranked.sort(Comparator.comparing((Map.Entry<Long, TreeSet<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
            List<Candidate> people = new ArrayList<>();
            for (Map.Entry<Long, TreeSet<String>> e : ranked.subList(0, Math.min(MAX_PEOPLE, ranked.size()))) {
                people.add(describe(c, e.getKey(), new ArrayList<>(e.getValue())));
            }
            return new SearchResult(people, unlinked);
        });
    }

    /** A whole postcode as the importers store it: one indexed equality (V52). */
    static final String STORED_POSTCODE = "postcode = ?";

    /** Register entries (their people) where {@code where} holds. */
    static String electorsSql(String where) {
        return "SELECT DISTINCT person_id FROM elector WHERE " + where;
    }

    /** The register's entries with a surname key (one indexed equality) whose forenames start so. */
    static final String REGISTER_NAME = "WITH hit AS MATERIALIZED (SELECT person_id, match_key FROM elector WHERE " + PeopleSearch.SURNAME_KEY
            + " = ?) SELECT DISTINCT person_id FROM hit WHERE split_part(match_key, '|', 2) LIKE ?";

    /**
     * Register entries by a typed full name (its {@link MatchKey#normalise}d words), compared as the
     * register's match key holds names (the People page's surname index, V52): accents, case,
     * apostrophes and hyphens do not matter, so "Siobhan O'Neill" finds Siobhán O'Néill (ADR 0216).
     * Which words are the surname is not known, so each ending of the name is tried as one ("Mary
     * Jane Smith Jones": "JANESMITHJONES", "SMITHJONES", "JONES"), with the first word as the start
     * of the forenames. Each is one indexed equality,
     * MATERIALIZED so that DuckDB uses its index (STORES.md); the forenames are checked outside.
     */
    private static void registerNames(Connection c, Map<Long, TreeSet<String>> hits, String[] tokens) throws SQLException {
        String forenames = tokens.length > 1 ? tokens[0] + "%" : "%";
        for (int from = tokens.length > 1 ? 1 : 0; from < tokens.length; from++) {
            String surname = PeopleSearch.surnameKey(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)));
            if (surname.isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(REGISTER_NAME)) {
                ps.setString(1, surname);
                ps.setString(2, forenames);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        hits.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add("name");
                    }
                }
            }
        }
    }

    private static void electors(Connection c, Map<Long, TreeSet<String>> hits, String label, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(electorsSql(where))) {
            PersonRows.bind(ps, args);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    hits.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(label);
                }
            }
        }
    }

    /**
     * Rows of every dataset whose fields hold {@code category} (e.g. contact.email) with a value that
     * matches, linked or not. The fields come first, from the small {@code dataset_field}: no dataset
     * holds the category, no read of {@code attribute_value} at all; otherwise only those datasets'
     * rows are read (DuckDB skips the others' row groups by their zone maps), their field checked here.
     */
    private static void attributes(Connection c, Map<Long, TreeSet<String>> hits, List<UnlinkedRow> unlinked, String label, String category,
                                   String where, Object... args) throws SQLException {
        java.util.Set<String> fields = new java.util.HashSet<>();
        java.util.Set<Long> datasets = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dataset_id, field FROM dataset_field WHERE category = ?")) {
            ps.setString(1, category);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    datasets.add(r.getLong(1));
                    fields.add(r.getLong(1) + ":" + r.getString(2));
                }
            }
        }
        if (datasets.isEmpty()) {
            return;
        }
        Object[] all = new Object[datasets.size() + args.length];
        int k = 0;
        for (long d : datasets) {
            all[k++] = d;
        }
        System.arraycopy(args, 0, all, k, args.length);
        try (PreparedStatement ps = c.prepareStatement(ATTR + Placeholders.list(datasets.size()) + ") AND " + where)) {
            PersonRows.bind(ps, all);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long person = r.getLong(1);
                    boolean linked = !r.wasNull();
                    if (!fields.contains(r.getLong(2) + ":" + r.getString(4))) {
                        continue;
                    }
                    if (linked) {
                        hits.computeIfAbsent(person, x -> new TreeSet<>()).add(label);
                    } else {
                        unlinked.add(new UnlinkedRow(r.getLong(2), r.getLong(3), r.getString(4)));
                    }
                }
            }
        }
    }

    /** How the person appears on their latest register entry, or a note that they are not on the register. */
    static Candidate describe(Connection c, long personId, List<String> matched) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT forenames, surname, address1, address2, address3, postcode, birth_date "
                + "FROM elector WHERE person_id = ? ORDER BY edition_id DESC, id DESC LIMIT 1")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    String name = join(" ", r.getString(1), r.getString(2));
                    String address = join(", ", r.getString(3), r.getString(4), r.getString(5));
                    Date dob = r.getDate(7);
                    return new Candidate(personId, name, address, r.getString(6), dob == null ? null : dob.toLocalDate(), matched);
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.category, a.value FROM attribute_value a JOIN dataset_field f "
                + "ON f.dataset_id = a.dataset_id AND f.field = a.field WHERE a.person_id = ? ORDER BY a.dataset_id, a.line_no, a.field")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    fields.merge(r.getString(1), r.getString(2) == null ? "" : r.getString(2), (a, b) -> a + " " + b);
                }
            }
        }
        return new Candidate(personId, fields.getOrDefault("identity.name", "(not on the register)"),
                fields.getOrDefault("contact.postal_address", ""), "", null, matched);
    }

    static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p.trim());
            }
        }
        return b.toString();
    }
}
