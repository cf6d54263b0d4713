package org.hustings.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.provenance.LedgerLink;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;

/**
 * The purpose gate: the only way a use reads personal data. Every read names a processing
 * activity and an actor; the gate releases only the fields whose sources permit that purpose on a
 * valid basis and the people no right or missing consent removes, and reports what it refused, by
 * which rule, under which law. Every read and dry run lands in the ledger.
 *
 * <pre>{@code
 * Gate gate = new Gate(store);
 * GateReport dry = gate.dryRun("canvassing", "alice", Selection.localAuthority("E07000223"), 3);
 * GateReport done = gate.read("canvassing", "alice", Selection.localAuthority("E07000223"),
 *         (person, dataset, field, category, value) -> walkList.add(person, field, value));
 * }</pre>
 */
public final class Gate {
    /** Field names listed in a ledger entry, at most (the counts are always kept). */
    private static final int LISTED = 300;
    private final Store store;
    private final Taxonomy taxonomy;
    private final Purposes purposes;
    private final LedgerLink ledger;

    public Gate(Store store) {
        this(store, Taxonomy.standard());
    }

    public Gate(Store store, Taxonomy taxonomy) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.purposes = new Purposes(store, taxonomy);
        this.ledger = new LedgerLink(store);
    }

    /** Streams the permitted values of the selection for the activity to {@code sink}, and reports (counts only). */
    public GateReport read(String activityCode, String actor, Selection selection, GateSink sink) {
        return read(activityCode, actor, selection, sink, 0);
    }

    /** As {@link #read(String, String, Selection, GateSink)}, with up to {@code examplesPerRule} person ids per refusing rule. */
    public GateReport read(String activityCode, String actor, Selection selection, GateSink sink, int examplesPerRule) {
        Activity activity = purposes.require(activityCode);
        Decision.Refused refusal = activityRefusal(activity);
        if (refusal != null) {
            return refused(activity, actor, selection, false, refusal);
        }
        Object[] out = inReadTransaction(c -> {
                GateRun run = new GateRun(c, activity, taxonomy, selection);
                run.stream(c, sink);
                List<RuleCount> people = new ArrayList<>();
                long[] counts = run.countPeople(c, Math.max(0, examplesPerRule), people);
                List<RuleCount> withheld = run.valuesWithheld();
                List<Long> ids = run.released.distinct();
                return new Object[] {new GateReport(activity.code(), actor, selection.describe(), false, null, run.fields(false),
                        counts[0], ids.size(), run.valuesReleased, people, withheld, activity.minLinkProbability()), ids};
        });
        GateReport report = (GateReport) out[0];
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) out[1];
        store.write(c -> {
            ledger.record(c, actor, "gate.read", "activity:" + activity.code(), details(report, selection.code()), ids);
            return null;
        });
        return report;
    }

    /** Reads into memory; for small selections (a street, a named list, tests). */
    public GateResult readAll(String activityCode, String actor, Selection selection) {
        List<GatedValue> values = new ArrayList<>();
        GateReport report = read(activityCode, actor, selection,
                (person, dataset, field, category, value) -> values.add(new GatedValue(person, dataset, field, category, value)));
        return new GateResult(report, values);
    }

    /**
     * What the activity would get for the selection, and what is refused and why — counts per field
     * and per rule, with up to {@code examplesPerRule} person ids per person rule — without
     * fetching any value.
     */
    public GateReport dryRun(String activityCode, String actor, Selection selection, int examplesPerRule) {
        Activity activity = purposes.require(activityCode);
        Decision.Refused refusal = activityRefusal(activity);
        if (refusal != null) {
            return refused(activity, actor, selection, true, refusal);
        }
        GateReport report = inReadTransaction(c -> {
            GateRun run = new GateRun(c, activity, taxonomy, selection);
            run.countReleasable(c);
            run.countWithheldByFields(c);
            List<RuleCount> people = new ArrayList<>();
            long[] counts = run.countPeople(c, Math.max(0, examplesPerRule), people);
            return new GateReport(activity.code(), actor, selection.describe(), true, null, run.fields(true), counts[0], counts[1],
                    run.valuesReleased, people, run.valuesWithheld(), activity.minLinkProbability());
        });
        store.write(c -> {
            ledger.record(c, actor, "gate.dry_run", "activity:" + activity.code(), details(report, selection.code()));
            return null;
        });
        return report;
    }

    /**
     * Runs the read in one read-only transaction, rolled back at the end: PostgreSQL streams a large
     * result with a cursor only inside a transaction. Every statement of the read sees one snapshot
     * (REPEATABLE READ on PostgreSQL; DuckDB's transactions are snapshots), so the ids it binds, the
     * values it streams and the people it counts agree even while flags and consents change. On
     * PostgreSQL the transaction also turns off nested-loop joins: right after a bulk load the
     * planner's statistics are stale and it would probe the flag table once per elector; every join
     * here is a hash join on a small table. (See docs/adr/0150-the-purpose-gate.md and 0200.)
     */
    private <T> T inReadTransaction(org.hustings.store.SqlWork<T> work) {
        return store.read(c -> {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            boolean pg = store.kind() == StoreKind.POSTGRESQL;
            c.setAutoCommit(false);
            try {
                if (pg) {
                    c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
                    try (var st = c.createStatement()) {
                        st.execute("SET LOCAL enable_nestloop = off");
                    }
                }
                return work.run(c);
            } finally {
                c.rollback();
                if (pg) {
                    c.setTransactionIsolation(isolation);
                }
                c.setAutoCommit(auto);
            }
        });
    }

    private Decision.Refused activityRefusal(Activity activity) {
        boolean dpia = !activity.dpiaRequired() || purposes.dpiaApproved(activity.code());
        return ActivityRules.first(activity, dpia, taxonomy) instanceof Decision.Refused r ? r : null;
    }

    private GateReport refused(Activity activity, String actor, Selection selection, boolean dryRun, Decision.Refused refusal) {
        GateReport report = new GateReport(activity.code(), actor, selection.describe(), dryRun, refusal, List.of(), 0, 0, 0, List.of(), List.of(),
                activity.minLinkProbability());
        store.write(c -> {
            ledger.record(c, actor, dryRun ? "gate.dry_run" : "gate.read", "activity:" + activity.code(), details(report, selection.code()));
            return null;
        });
        return report;
    }

    /** Counts, rule names and field names only — never a personal value. */
    private static Map<String, Object> details(GateReport r, String selectionCode) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("selection", selectionCode);
        if (r.refusal() != null) {
            d.put("refused_by", r.refusal().rule());
        }
        List<String> permitted = r.permittedFields().stream().map(f -> f.field() + ":" + f.category()).distinct().toList();
        List<String> refused = r.refusedFields().stream().map(f -> f.field() + ":" + f.refusal().rule()).distinct().toList();
        d.put("fields", permitted.subList(0, Math.min(LISTED, permitted.size())));
        d.put("fields_count", permitted.size());
        d.put("fields_refused", refused.subList(0, Math.min(LISTED, refused.size())));
        d.put("fields_refused_count", refused.size());
        d.put("people_in_selection", r.peopleInSelection());
        d.put("people_released", r.peopleReleased());
        d.put("values_released", r.valuesReleased());
        Map<String, Long> people = new LinkedHashMap<>();
        r.peopleRefused().forEach(rc -> people.put(rc.rule(), rc.count()));
        r.valuesWithheld().forEach(rc -> people.put(rc.rule(), rc.count()));
        d.put("refused", people);
        if (r.minLinkProbability() != null) {
            d.put("min_link_probability", r.minLinkProbability());
        }
        return d;
    }
}
