package org.hustings.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Candidate pairs from blocking rules combined by OR, streamed and never held whole.
 *
 * <p>For each rule every row gets a 64-bit key (a hash of the rule's parts; no key when a part is
 * missing). The keys are packed with the row number into one {@code long} — key in the high bits,
 * row in the low — and sorted, so rows sharing a key lie together; a merge of the two sorted
 * sides yields the blocks (runs of equal key on both sides). Memory is two longs per row per rule
 * plus a sorted copy, plus four ints per block; pairs are generated block by block, in fixed chunks handed to worker
 * threads, and consumed at once. A pair is emitted by the first rule that finds it: a later rule
 * skips it when an earlier rule's keys are equal and that earlier block was not skipped. Blocks
 * whose pair count exceeds the limit are skipped and reported.
 */
final class Blocking {
    static final long NO_KEY = Long.MIN_VALUE;
    private static final int BLOCKS_PER_TASK = 2048;

    private final Columns columns;
    private final List<BlockingRule> rules;
    private final int indexBits;
    private final long keyMask;
    private final long[][] leftKeys;
    private final long[][] rightKeys;
    private final long[][] leftSorted;
    private final long[][] rightSorted;
    private final int[][] blocks;
    private final List<Set<Long>> skippedKeys;
    private final long[] skippedBlocks;
    private final long[] skippedPairs;

    /** A consumer of the pairs of one chunk; one instance per chunk, so it needs no locking. */
    interface PairSink {
        void pair(int left, int right);
    }

    Blocking(Columns columns, List<BlockingRule> rules, long maxBlockPairs) {
        this.columns = columns;
        this.rules = List.copyOf(rules);
        int n = Math.max(2, Math.max(columns.rows(true), columns.rows(false)));
        this.indexBits = 64 - Long.numberOfLeadingZeros(n);
        this.keyMask = -1L << indexBits;
        BlockingKeys keys = new BlockingKeys(columns);
        int r = rules.size();
        leftKeys = new long[r][];
        rightKeys = new long[r][];
        blocks = new int[r][];
        leftSorted = new long[r][];
        rightSorted = new long[r][];
        skippedBlocks = new long[r];
        skippedPairs = new long[r];
        List<Set<Long>> skipped = new ArrayList<>();
        for (int k = 0; k < r; k++) {
            skipped.add(new HashSet<>());
        }
        skippedKeys = List.copyOf(skipped);
        // rules are independent: their keys, sorted copies and blocks are built in parallel
        java.util.stream.IntStream.range(0, r).parallel().forEach(k -> {
            leftKeys[k] = mask(keys.rowKeys(rules.get(k), true));
            rightKeys[k] = columns.dedupe ? leftKeys[k] : mask(keys.rowKeys(rules.get(k), false));
            leftSorted[k] = sorted(leftKeys[k]);
            rightSorted[k] = columns.dedupe ? leftSorted[k] : sorted(rightKeys[k]);
            blocks[k] = blocksOf(k, maxBlockPairs);
        });
    }

    List<BlockingRule> rules() {
        return rules;
    }

    long skippedBlocks() {
        return java.util.Arrays.stream(skippedBlocks).sum();
    }

    long skippedPairs() {
        return java.util.Arrays.stream(skippedPairs).sum();
    }

    private long[] mask(long[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != NO_KEY) {
                long m = keys[i] & keyMask;
                keys[i] = m == NO_KEY ? m ^ (1L << 62) : m;
            }
        }
        return keys;
    }

    private long[] sorted(long[] keys) {
        int n = 0;
        for (long k : keys) {
            n += k == NO_KEY ? 0 : 1;
        }
        long[] packed = new long[n];
        int p = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != NO_KEY) {
                packed[p++] = keys[i] | i;
            }
        }
        Arrays.sort(packed);
        return packed;
    }

    /** Blocks as quadruples (left from, left to, right from, right to) of positions in the sorted arrays. */
    private int[] blocksOf(int rule, long maxBlockPairs) {
        long[] l = leftSorted[rule];
        long[] r = rightSorted[rule];
        Set<Long> skipped = skippedKeys.get(rule);
        int[] out = new int[64];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < l.length && j < r.length) {
            long ki = l[i] & keyMask;
            long kj = r[j] & keyMask;
            if (ki < kj) {
                i++;
                continue;
            }
            if (kj < ki) {
                j++;
                continue;
            }
            int ie = i;
            while (ie < l.length && (l[ie] & keyMask) == ki) {
                ie++;
            }
            int je = j;
            while (je < r.length && (r[je] & keyMask) == kj) {
                je++;
            }
            long pairs = columns.dedupe ? (long) (ie - i) * (ie - i - 1) / 2 : (long) (ie - i) * (je - j);
            if (pairs > maxBlockPairs && !rules.get(rule).parts().isEmpty()) {
                skipped.add(ki);
                skippedBlocks[rule]++;
                skippedPairs[rule] += pairs;
            } else if (pairs > 0) {
                if (n + 4 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = i;
                out[n++] = ie;
                out[n++] = j;
                out[n++] = je;
            }
            i = ie;
            j = je;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Generates every candidate pair once, in chunks run on {@code threads} threads. Each chunk gets
     * its own sink from {@code sinks} (given the rule's number); the sinks come back in a fixed order (rule, then chunk), so
     * whatever a caller builds from them does not depend on thread timing.
     */
    <S extends PairSink> List<S> scan(int threads, IntFunction<S> sinks) {
        List<S> out = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (int k = 0; k < rules.size(); k++) {
                long[] l = leftSorted[k];
                long[] r = rightSorted[k];
                List<Future<S>> futures = new ArrayList<>();
                int[] b = blocks[k];
                int rule = k;
                for (int from = 0; from < b.length; from += 4 * BLOCKS_PER_TASK) {
                    int start = from;
                    int end = Math.min(b.length, from + 4 * BLOCKS_PER_TASK);
                    futures.add(pool.submit(() -> {
                        S sink = sinks.apply(rule);
                        emit(rule, l, r, b, start, end, sink);
                        return sink;
                    }));
                }
                for (Future<S> f : futures) {
                    out.add(f.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HustingsException(ErrorCode.INTERNAL, "Linkage was interrupted.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new HustingsException(ErrorCode.INTERNAL, "Linkage failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private void emit(int rule, long[] l, long[] r, int[] b, int from, int to, PairSink sink) {
        long rowMask = ~keyMask;
        for (int q = from; q < to; q += 4) {
            for (int i = b[q]; i < b[q + 1]; i++) {
                int li = (int) (l[i] & rowMask);
                int jFrom = columns.dedupe ? i + 1 : b[q + 2];
                for (int j = jFrom; j < b[q + 3]; j++) {
                    int ri = (int) (r[j] & rowMask);
                    if (!foundEarlier(rule, li, ri)) {
                        if (columns.dedupe && ri < li) {
                            sink.pair(ri, li);
                        } else {
                            sink.pair(li, ri);
                        }
                    }
                }
            }
        }
    }

    /** True when an earlier rule already produced this pair. */
    boolean foundEarlier(int rule, int li, int ri) {
        for (int e = 0; e < rule; e++) {
            long k = leftKeys[e][li];
            if (k != NO_KEY && k == rightKeys[e][ri] && (skippedKeys.get(e).isEmpty() || !skippedKeys.get(e).contains(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when any rule puts the two rows in one (not skipped) block. */
    boolean blocked(int li, int ri) {
        return foundEarlier(rules.size(), li, ri);
    }
}
