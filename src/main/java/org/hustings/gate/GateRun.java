package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * One gated read or dry run on one connection: plan the fields, run the few set-based queries,
 * count per rule. Values go straight from the result set to the sink; no rule is evaluated per value.
 */
final class GateRun {
    private static final int FETCH = 10_000;
    static final int PAIRS_PER_QUERY = 2_000;
    private final GatePlan plan;
    private final GateSql sql;
    private final BoundIds ids;
    final long[] slotValues;
    final PersonIds released = new PersonIds();
    /** Values withheld by each {@link ValueRule}, by rank. */
    private final long[] withheld = new long[ValueRule.RANKS];
    long valuesReleased;

    GateRun(Connection c, Activity activity, Taxonomy taxonomy, Selection selection) throws SQLException {
        this.plan = GatePlan.make(c, taxonomy, activity);
        this.sql = new GateSql(activity, taxonomy, selection);
        this.ids = BoundIds.load(c);
        this.slotValues = new long[plan.slots.size()];
    }

    /** Streams every released value to the sink. */
    void stream(Connection c, GateSink sink) throws SQLException {
        for (GatePlan.StatutoryGroup g : plan.statutory) {
            Sql query = sql.statutory(g, false, ids);
            if (query == null) {
                continue;
            }
            int n = g.fields().size();
            String[] names = new String[n];
            String[] categories = new String[n];
            int[] slots = new int[n];
            for (int i = 0; i < n; i++) {
                names[i] = g.fields().get(i).field();
                categories[i] = g.fields().get(i).category();
                slots[i] = g.slots().get(i);
            }
            try (PreparedStatement ps = query.prepare(c)) {
                ps.setFetchSize(FETCH);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long person = r.getLong(1);
                        long dataset = r.getLong(2);
                        released.add(person);
                        for (int i = 0; i < n; i++) {
                            String v = r.getString(i + 3);
                            if (v != null) {
                                sink.value(person, dataset, names[i], categories[i], v);
                                slotValues[slots[i]]++;
                                valuesReleased++;
                            }
                        }
                    }
                }
            }
        }
        for (List<GatePlan.AttributePair> pairs : chunks(plan.permitted)) {
            try (PreparedStatement ps = sql.permittedAttributes(pairs, false).prepare(c)) {
                ps.setFetchSize(FETCH);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        int rank = r.getInt(7);
                        if (rank != 0) {
                            withheld[rank]++;
                            continue;
                        }
                        long person = r.getLong(1);
                        released.add(person);
                        sink.value(person, r.getLong(2), r.getString(3), r.getString(4), r.getString(5));
                        slotValues[r.getInt(6)]++;
                        valuesReleased++;
                    }
                }
            }
        }
    }

    /** Counts what a read would release, per field, without fetching a value. */
    void countReleasable(Connection c) throws SQLException {
        for (GatePlan.StatutoryGroup g : plan.statutory) {
            Sql query = sql.statutory(g, true, ids);
            if (query == null) {
                continue;
            }
            try (PreparedStatement ps = query.prepare(c); ResultSet r = ps.executeQuery()) {
                r.next();
                for (int i = 0; i < g.fields().size(); i++) {
                    slotValues[g.slots().get(i)] += r.getLong(i + 1);
                    valuesReleased += r.getLong(i + 1);
                }
            }
        }
        for (List<GatePlan.AttributePair> pairs : chunks(plan.permitted)) {
            try (PreparedStatement ps = sql.permittedAttributes(pairs, true).prepare(c); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    int rank = r.getInt(2);
                    if (rank != 0) {
                        withheld[rank] += r.getLong(3);
                    } else {
                        slotValues[r.getInt(1)] += r.getLong(3);
                        valuesReleased += r.getLong(3);
                    }
                }
            }
        }
    }

    /** Counts the attribute values the field rules withhold, per refused field. */
    void countWithheldByFields(Connection c) throws SQLException {
        for (List<GatePlan.AttributePair> pairs : chunks(plan.refused)) {
            try (PreparedStatement ps = sql.refusedAttributes(pairs).prepare(c); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    slotValues[r.getInt(1)] += r.getLong(2);
                }
            }
        }
    }

    /** The values of permitted fields withheld from people the person rules let through, per value rule (after {@link #stream} or {@link #countReleasable}). */
    List<RuleCount> valuesWithheld() {
        return ValueRule.counts(withheld);
    }

    /** People of the selection (erased excluded) and the count refused by each person rule; [0] = in selection, [1] = allowed. */
    long[] countPeople(Connection c, int examples, List<RuleCount> out) throws SQLException {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        Map<Integer, List<Long>> ids = new LinkedHashMap<>();
        try (PreparedStatement ps = sql.peopleByRule(examples).prepare(c); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                int rank = r.getInt(1);
                if (r.getObject(3) == null) {
                    counts.merge(rank, r.getLong(2), Long::sum);
                } else {
                    ids.computeIfAbsent(rank, k -> new ArrayList<>()).add(r.getLong(3));
                }
            }
        }
        long total = 0;
        for (PersonRule rule : PersonRule.values()) {
            long n = counts.getOrDefault(rule.ordinal(), 0L);
            if (rule != PersonRule.ERASED) {
                total += n;
                if (n > 0) {
                    out.add(rule.count(n, ids.getOrDefault(rule.ordinal(), List.of())));
                }
            }
        }
        long allowed = counts.getOrDefault(-1, 0L);
        return new long[] {total + allowed, allowed};
    }

    /**
     * The pairs in chunks of {@value #PAIRS_PER_QUERY}: each pair is five bound parameters and
     * PostgreSQL takes at most 65,535 per statement, so a store with very many broker attributes is
     * read in a few queries rather than one.
     */
    static List<List<GatePlan.AttributePair>> chunks(List<GatePlan.AttributePair> pairs) {
        List<List<GatePlan.AttributePair>> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += PAIRS_PER_QUERY) {
            out.add(pairs.subList(i, Math.min(pairs.size(), i + PAIRS_PER_QUERY)));
        }
        return out;
    }

    List<FieldDecision> fields(boolean countedRefused) {
        List<FieldDecision> out = new ArrayList<>();
        for (int i = 0; i < plan.slots.size(); i++) {
            GatePlan.Slot s = plan.slots.get(i);
            Long values = s.refusal == null || (countedRefused && refusedAttribute(i)) ? Long.valueOf(slotValues[i]) : null;
            out.add(new FieldDecision(s.field, s.category, s.refusal, s.sources, values));
        }
        return out;
    }

    private boolean refusedAttribute(int slot) {
        return plan.refused.stream().anyMatch(p -> p.slot() == slot);
    }
}
