package org.hustings.link;

import java.util.List;

/**
 * How many candidate pairs the blocking rules make, reported before any pair is scored.
 *
 * @param pairs          distinct candidate pairs (a pair found by several rules counts once)
 * @param perRule        pairs each rule added that no earlier rule had found, in rule order
 * @param skippedBlocks  blocks left out because one key would have made more pairs than allowed
 * @param skippedPairs   the pairs those blocks would have made
 * @param possiblePairs  every pair there is (the size of the comparison space without blocking)
 */
public record CandidateCount(long pairs, List<Long> perRule, long skippedBlocks, long skippedPairs, double possiblePairs) {
    public CandidateCount {
        perRule = List.copyOf(perRule);
    }
}
