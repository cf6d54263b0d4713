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
    final long[] slotValues;
    final PersonIds released = new PersonIds();
    long valuesReleased;

    GateRun(Connection c, Activity activity, Taxonomy taxonomy, Selection selection) throws SQLException {
        this.plan = GatePlan.make(c, taxonomy, activity);
        this.sql = new GateSql(activity, taxonomy, selection);
        this.slotValues = new long[plan.slots.size()];
    }

    /** Streams every released value to the sink. */
    void stream(Connection c, GateSink sink) throws SQLException {
        for (GatePlan.StatutoryGroup g : plan.statutory) {
            int n = g.fields().size();
            String[] names = new String[n];
            String[] categories = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = g.fields().get(i).field();
                categories[i] = g.fields().get(i).category();
            }
            try (PreparedStatement ps = sql.statutory(g, false).prepare(c)) {
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
                                slotValues[g.slots().get(i)]++;
                                valuesReleased++;
                            }
                        }
                    }
                }
            }
        }
        for (List<GatePlan.AttributePair> pairs : chunks(plan.permitted)) {
            try (PreparedStatement ps = sql.attributes(pairs, false, true).prepare(c)) {
                ps.setFetchSize(FETCH);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
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
            try (PreparedStatement ps = sql.statutory(g, true).prepare(c); ResultSet r = ps.executeQuery()) {
                r.next();
                for (int i = 0; i < g.fields().size(); i++) {
                    slotValues[g.slots().get(i)] += r.getLong(i + 1);
                    valuesReleased += r.getLong(i + 1);
                }
            }
        }
        for (List<GatePlan.AttributePair> pairs : chunks(plan.permitted)) {
            countBySlot(c, sql.attributes(pairs, true, true), true);
        }
    }

    /** Counts the attribute values the field rules withhold, per refused field. */
    void countWithheldByFields(Connection c) throws SQLException {
        for (List<GatePlan.AttributePair> pairs : chunks(plan.refused)) {
            countBySlot(c, sql.attributes(pairs, true, false), false);
        }
    }

    private void countBySlot(Connection c, Sql query, boolean releasable) throws SQLException {
        try (PreparedStatement ps = query.prepare(c); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                slotValues[r.getInt(1)] += r.getLong(2);
                if (releasable) {
                    valuesReleased += r.getLong(2);
                }
            }
        }
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

    /** Values of consent-based fields withheld for want of each person's live consent (Art 6(1)(a), Art 9(2)(a)). */
    List<RuleCount> countConsentWithheld(Connection c) throws SQLException {
        List<GatePlan.AttributePair> needing = plan.permitted.stream().filter(GatePlan.AttributePair::needsConsent).toList();
        long n = 0;
        for (List<GatePlan.AttributePair> pairs : chunks(needing)) {
            try (PreparedStatement ps = sql.consentWithheld(pairs).prepare(c); ResultSet r = ps.executeQuery()) {
                r.next();
                n += r.getLong(1);
            }
        }
        return n == 0 ? List.of() : List.of(new RuleCount("consent-for-field",
                "the value was collected on consent and the person has no live consent for this purpose and channel",
                "UK GDPR Art 6(1)(a) and Art 9(2)(a)", n, List.of()));
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
