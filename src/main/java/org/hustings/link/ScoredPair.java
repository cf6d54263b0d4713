package org.hustings.link;

/**
 * A scored candidate pair: row numbers on each side (in dedupe mode both in the one list, left
 * before right), the match weight in bits and the match probability.
 */
public record ScoredPair(int left, int right, double weight, double probability) {
}
