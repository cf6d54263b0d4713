package org.hustings.ledger;

import java.util.Arrays;

/**
 * A large person list kept as runs of consecutive ids ({@code ledger_person_range}): one row per
 * run instead of one per person, which is what makes a ledgered read over a constituency cheap.
 * A run never crosses a multiple of {@value #BUCKET_SIZE}, and carries {@code bucket = floor(id /
 * BUCKET_SIZE)}, so "what reached person P" is one indexed equality lookup ({@code bucket = P /
 * BUCKET_SIZE}) on both stores, then a comparison of each run found with P.
 *
 * <p>Example: ids 1..1,000,000 are 16 runs, [1, 65,535] in bucket 0, [65,536, 131,071] in bucket 1,
 * and so on; ids 4, 5, 6, 9 are the runs [4, 6] and [9, 9].
 */
final class PersonRuns {
    static final int BUCKET_BITS = 16;
    static final long BUCKET_SIZE = 1L << BUCKET_BITS;

    /** first[i]..last[i] inclusive, ascending, not touching. */
    final long[] first;
    final long[] last;

    private PersonRuns(long[] first, long[] last) {
        this.first = first;
        this.last = last;
    }

    static long bucket(long id) {
        return Math.floorDiv(id, BUCKET_SIZE);
    }

    /** The runs of sorted, distinct ids. */
    static PersonRuns of(long[] sortedDistinct) {
        long[] first = new long[16];
        long[] last = new long[16];
        int n = 0;
        for (int i = 0; i < sortedDistinct.length; i++) {
            long id = sortedDistinct[i];
            if (n > 0 && last[n - 1] + 1 == id && bucket(id) == bucket(last[n - 1])) {
                last[n - 1] = id;
                continue;
            }
            if (n == first.length) {
                first = Arrays.copyOf(first, n * 2);
                last = Arrays.copyOf(last, n * 2);
            }
            first[n] = id;
            last[n] = id;
            n++;
        }
        return new PersonRuns(Arrays.copyOf(first, n), Arrays.copyOf(last, n));
    }

    int size() {
        return first.length;
    }

    /** Whether a stored run is well formed: ascending and within the bucket it names. */
    static boolean wellFormed(long bucket, long first, long last) {
        return first <= last && bucket(first) == bucket && bucket(last) == bucket;
    }
}
