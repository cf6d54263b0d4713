package org.hustings.link;

import java.util.List;
import java.util.Map;

/**
 * The outcome of deduplicating one list: clusters are the connected components of the pairs at
 * or above the link threshold.
 *
 * @param clusterOf   for each row, the smallest row number in its cluster (a row alone is its own)
 * @param linked      the pairs at or above the link threshold
 * @param forReview   pairs in the review band whose rows ended in different clusters
 * @param candidates  the candidate pairs blocking produced
 * @param scored      pairs scored
 * @param timings     milliseconds per stage, in order
 */
public record Deduplication(int[] clusterOf, List<ScoredPair> linked, List<ScoredPair> forReview,
                            CandidateCount candidates, long scored, Map<String, Long> timings) {
    public Deduplication {
        linked = List.copyOf(linked);
        forReview = List.copyOf(forReview);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    }
}
