package org.hustings.link;

import java.util.List;
import java.util.Map;

/**
 * The outcome of linking a list to another (the spine): each left row is linked to at most one
 * right row and each right row to at most one left row, chosen greedily, most probable pair first.
 *
 * @param decisions   the linked and for-review pairs, most probable first
 * @param candidates  the candidate pairs blocking produced (reported before scoring)
 * @param scored      pairs scored
 * @param timings     milliseconds per stage, in order
 */
public record Linkage(List<Decision> decisions, CandidateCount candidates, long scored, Map<String, Long> timings) {
    public Linkage {
        decisions = List.copyOf(decisions);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }

    public List<ScoredPair> linked() {
        return decisions.stream().filter(d -> d instanceof Decision.Linked).map(Decision::pair).toList();
    }

    public List<ScoredPair> forReview() {
        return decisions.stream().filter(d -> d instanceof Decision.ForReview).map(Decision::pair).toList();
    }
}
