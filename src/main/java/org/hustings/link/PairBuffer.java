package org.hustings.link;

import java.util.Arrays;

/**
 * Scored pairs at or above a floor probability, kept as three primitive arrays (about 16 bytes a
 * pair) rather than objects: a chunk of candidate generation fills one buffer, and the buffers
 * are joined in chunk order.
 */
final class PairBuffer implements Blocking.PairSink {
    private final Scorer scorer;
    private final double floorWeight;
    int size;
    int[] left = new int[256];
    int[] right = new int[256];
    double[] weight = new double[256];
    long scored;

    PairBuffer(Scorer scorer, double floorProbability) {
        this.scorer = scorer;
        this.floorWeight = floorProbability <= 0 ? Double.NEGATIVE_INFINITY
                : Math.log(floorProbability / (1 - floorProbability)) / Math.log(2);
    }

    @Override
    public void pair(int l, int r) {
        scored++;
        double w = scorer.weightAtLeast(l, r, floorWeight);
        if (w >= floorWeight) {
            add(l, r, w);
        }
    }

    void add(int l, int r, double w) {
        if (size == left.length) {
            left = Arrays.copyOf(left, size * 2);
            right = Arrays.copyOf(right, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        left[size] = l;
        right[size] = r;
        weight[size] = w;
        size++;
    }

    static PairBuffer join(Scorer scorer, Iterable<PairBuffer> parts) {
        PairBuffer all = new PairBuffer(scorer, 0);
        for (PairBuffer p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.add(p.left[i], p.right[i], p.weight[i]);
            }
            all.scored += p.scored;
        }
        return all;
    }

    ScoredPair get(int i) {
        return new ScoredPair(left[i], right[i], weight[i], Scorer.probability(weight[i]));
    }

    /**
     * Positions ordered by weight, highest first; ties keep buffer order (which is fixed by chunk
     * order), so the order never depends on thread timing. Sorts packed longs, not boxed indices.
     */
    int[] byWeightDescending() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            int bits = Float.floatToIntBits((float) weight[i]);
            // flip so that larger floats sort first as unsigned ints; then reverse with ~
            int sortable = bits < 0 ? ~bits : bits | 0x80000000;
            // the sign bit is flipped so that a signed sort orders the high 32 bits as unsigned
            keys[i] = ((((long) ~sortable) & 0xFFFFFFFFL) << 32 | i) ^ Long.MIN_VALUE;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
