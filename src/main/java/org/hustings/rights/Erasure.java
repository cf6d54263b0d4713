package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;

/**
 * Erasure (UK GDPR Art 17): deletes the person from every table {@link ErasureRule} says to, keeps
 * the statutory register as supplied with the person flagged erased and do-not-contact, and adds a
 * suppression entry for each identifier so no later import brings them back. {@link #plan} is the
 * dry run: the same counts, nothing changed. One transaction: all of it happens or none.
 */
public final class Erasure {
    private final Store store;
    private final Requests requests;
    private final Suppression suppression;
    private final PersonFlags flags;
    private final Ledger ledger;

    public Erasure(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.suppression = new Suppression(store);
        this.flags = new PersonFlags(store);
        this.ledger = new Ledger(store);
    }

    /** The dry run for a request: what erasure would delete and keep, counted. */
    public ErasurePlan plan(long requestId) {
        return store.read(c -> plan(c, person(requests.require(c, requestId))));
    }

    /** Erases the person of an open erasure request and completes it; returns what was done. */
    public ErasurePlan erase(String actor, long requestId) {
        return store.write(c -> erase(c, actor, requestId));
    }

    /** {@link #erase(String, long)} inside the caller's transaction (a test counts its statements through it). */
    ErasurePlan erase(Connection c, String actor, long requestId) throws SQLException {
        RightsRequest r = requests.require(c, requestId);
        if (r.kind() != RequestKind.ERASURE || r.status() != RequestStatus.OPEN) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is a " + r.kind().code() + " request and "
                    + r.status().code() + "; only an open erasure request can erase.");
        }
        long person = person(r);
        List<SuppressionKey> keys = keys(c, person);
        ErasurePlan plan = plan(c, person, keys.size());
        // Only the tables that hold the person's rows (the plan counted them in one statement): no empty DELETEs.
        for (ErasurePlan.TableCount t : plan.tables()) {
            if (t.action() == ErasureRule.Action.DELETE && t.rows() > 0) {
                PersonRows.execute(c, "DELETE FROM " + t.table() + " WHERE person_id = ?", person);
            }
        }
        int added = suppression.add(c, keys, "erasure", r.id(), requests.today());
        String ref = r.ref();
        Map<PersonFlag, String> set = new LinkedHashMap<>();
        set.put(PersonFlag.ERASED, "Erasure request " + ref + " (UK GDPR Art 17)");
        if (plan.rows("elector") > 0) {
            set.put(PersonFlag.DO_NOT_CONTACT, "Erasure request " + ref
                    + ": the statutory register is kept as supplied, so the person must never be contacted");
        }
        // The flags in one call, and every ledger entry of the erasure (the flags set, the erasure, the completed
        // request) in one batch at the end: on DuckDB each statement inside this transaction costs milliseconds.
        List<LedgerEntry> entries = new ArrayList<>(flags.setAll(c, actor, person, set, ref));
        Map<String, Object> d = new LinkedHashMap<>();
        plan.tables().forEach(t -> d.put(t.table(), t.action().name().toLowerCase(java.util.Locale.ROOT) + ":" + t.rows()));
        d.put("suppression_keys_added", added);
        entries.add(new LedgerEntry(actor, "rights.erasure", "request:" + r.id(), d, List.of(person)));
        entries.add(requests.completion(c, actor, r, "Erased: " + plan.rowsDeleted() + " rows deleted, " + plan.rowsKept()
                + " kept by law, " + keys.size() + " identifiers suppressed."));
        ledger.appendAll(c, entries);
        return plan;
    }

    /**
     * After an import: finds people the load brought back — register rows whose name and postcode
     * (or date of birth) are suppressed, and any rows linked to someone already erased — flags them
     * erased and do-not-contact and deletes their non-register rows. Returns how many people.
     */
    public int sweep(Connection c, String actor, long datasetId) throws SQLException {
        Suppression.Snapshot list = suppression.snapshot(c);
        List<Long> back = new ArrayList<>();
        // Nobody has ever been erased: nothing to look for (and no keyed hash to compute per row).
        if (list.size() == 0 && PersonRows.ids(c, "SELECT person_id FROM person_flag WHERE flag = 'erased' LIMIT 1").isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT person_id, forenames, surname, postcode, birth_date FROM elector "
                + "WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    java.sql.Date dob = r.getDate(5);
                    if (list.contains(Identifiers.ofName(r.getString(2), r.getString(3), r.getString(4), dob == null ? null : dob.toLocalDate()))) {
                        back.add(r.getLong(1));
                    }
                }
            }
        }
        back.addAll(PersonRows.ids(c, "SELECT DISTINCT a.person_id FROM attribute_value a JOIN person_flag f ON f.person_id = a.person_id "
                + "WHERE a.dataset_id = ? AND f.flag = 'erased' AND f.lifted_at IS NULL", datasetId));
        List<Long> people = back.stream().distinct().sorted().toList();
        if (!people.isEmpty()) {
            // One prepared DELETE per table, run as a batch over everyone brought back.
            for (ErasureRule rule : ErasureRule.ALL) {
                if (rule.action() == ErasureRule.Action.DELETE) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + rule.table() + " WHERE person_id = ?")) {
                        for (long p : people) {
                            ps.setLong(1, p);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
            }
        }
        Map<PersonFlag, String> set = new LinkedHashMap<>();
        set.put(PersonFlag.ERASED, "Matched a suppressed identifier of an erased person (UK GDPR Art 17)");
        set.put(PersonFlag.DO_NOT_CONTACT, "Matched a suppressed identifier of an erased person");
        // Everyone brought back in a few statements, not two per person.
        List<LedgerEntry> entries = new ArrayList<>(people.isEmpty() ? List.of() : flags.setAll(c, actor, people, set, null));
        if (!people.isEmpty()) {
            entries.add(new LedgerEntry(actor, "rights.suppressed", "dataset:" + datasetId, Map.of("people", people.size()), people));
        }
        ledger.appendAll(c, entries);
        return people.size();
    }

    /**
     * The rows of the person in every table of {@link ErasureRule#ALL}, counted in ONE statement
     * (a UNION ALL of one count per table, each a single indexed equality on person_id), and the number
     * of identifiers that would be suppressed. For the ledger it is the entries that name the person:
     * their {@code ledger_person} rows, and the runs of ids ({@code ledger_person_range}, ADR 0200)
     * that hold them — read by bucket (one indexed equality) and checked here.
     */
    ErasurePlan plan(Connection c, long person) throws SQLException {
        return plan(c, person, keys(c, person).size());
    }

    private static ErasurePlan plan(Connection c, long person, int keys) throws SQLException {
        // A UNION ALL of one count per table: measured on DuckDB at 1M electors, 35% cheaper than the same counts as scalar subqueries.
        StringBuilder sql = new StringBuilder();
        int ledger = -1;
        for (int i = 0; i < ErasureRule.ALL.size(); i++) {
            String table = ErasureRule.ALL.get(i).table();
            ledger = table.equals("ledger_person") ? i : ledger;
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS k, count(*) AS n, 0 AS m FROM ").append(table)
                    .append(table.equals("person") ? " WHERE id = ?" : " WHERE person_id = ?");
        }
        // The runs of ids in the person's bucket (k = -1, first and last id), checked below.
        sql.append(" UNION ALL SELECT -1, first_id, last_id FROM ledger_person_range WHERE bucket = ?");
        long[] rows = new long[ErasureRule.ALL.size()];
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 1; i <= ErasureRule.ALL.size(); i++) {
                ps.setLong(i, person);
            }
            ps.setLong(ErasureRule.ALL.size() + 1, Ledger.runBucket(person));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    int k = r.getInt(1);
                    if (k >= 0) {
                        rows[k] += r.getLong(2);
                    } else if (r.getLong(2) <= person && person <= r.getLong(3)) {
                        rows[ledger]++;
                    }
                }
            }
        }
        List<ErasurePlan.TableCount> counts = new ArrayList<>();
        for (int i = 0; i < ErasureRule.ALL.size(); i++) {
            ErasureRule rule = ErasureRule.ALL.get(i);
            counts.add(new ErasurePlan.TableCount(rule.table(), rule.action(), rows[i], rule.why(), rule.counted()));
        }
        return new ErasurePlan(person, counts, keys);
    }

    /**
     * The identifiers to suppress, in one statement: each register entry's name with postcode and
     * date of birth, and each email and phone held in any dataset (by the field's category). Each
     * branch of the UNION ALL is a single indexed equality on person_id.
     */
    static List<SuppressionKey> keys(Connection c, long person) throws SQLException {
        List<SuppressionKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 'register' AS kind, forenames, surname, postcode, birth_date FROM elector "
                + "WHERE person_id = ? UNION ALL SELECT f.category, a.value, NULL, NULL, CAST(NULL AS DATE) FROM attribute_value a "
                + "JOIN dataset_field f ON f.dataset_id = a.dataset_id AND f.field = a.field "
                + "WHERE a.person_id = ? AND f.category IN ('contact.email', 'contact.phone')")) {
            ps.setLong(1, person);
            ps.setLong(2, person);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String kind = r.getString(1);
                    if (kind.equals("register")) {
                        java.sql.Date dob = r.getDate(5);
                        keys.addAll(SuppressionKey.of(Identifiers.ofName(r.getString(2), r.getString(3), r.getString(4),
                                dob == null ? null : dob.toLocalDate())));
                    } else {
                        keys.addAll(SuppressionKey.of(kind.equals("contact.email") ? Identifiers.ofEmail(r.getString(2))
                                : Identifiers.ofPhone(r.getString(2))));
                    }
                }
            }
        }
        return keys.stream().distinct().toList();
    }

    private static long person(RightsRequest r) {
        if (r.personId() == null) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is not matched to a person yet: confirm the match first.");
        }
        return r.personId();
    }
}
