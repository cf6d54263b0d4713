package org.hustings.ingest.register;

import java.util.HashMap;
import java.util.Map;
import org.hustings.register.ElectorNumber;

/**
 * The elector numbers seen so far in one file, to reject duplicates while streaming. Exact, and
 * compact: per polling-district prefix, an open-addressing set of {@code number << 32 | suffix}
 * as primitive longs (both parts are non-negative ints), at most half full — so at most 16 bytes
 * per elector plus a few hundred bytes per district: about 16 MB for a 1,000,000-elector file,
 * where a {@code HashSet<String>} would take some 80 MB. See docs/adr/0100-elector-number-set.md.
 */
final class ElectorNumberSet {
    private final Map<String, Longs> byPrefix = new HashMap<>();

    /** Adds the number; false when it was already there. */
    boolean add(ElectorNumber n) {
        long key = ((long) n.number() << 32) | n.suffix();
        return byPrefix.computeIfAbsent(n.prefix(), p -> new Longs()).add(key);
    }

    /** Linear-probing set of non-negative longs; -1 marks an empty slot. */
    private static final class Longs {
        private long[] slots = empty(16);
        private int size;

        private static long[] empty(int capacity) {
            long[] a = new long[capacity];
            java.util.Arrays.fill(a, -1L);
            return a;
        }

        boolean add(long key) {
            if (!insert(slots, key)) {
                return false;
            }
            if (++size * 2 > slots.length) {
                long[] bigger = empty(slots.length * 2);
                for (long k : slots) {
                    if (k >= 0) {
                        insert(bigger, k);
                    }
                }
                slots = bigger;
            }
            return true;
        }

        private static boolean insert(long[] table, long key) {
            int mask = table.length - 1;
            int i = mix(key) & mask;
            while (table[i] >= 0) {
                if (table[i] == key) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = key;
            return true;
        }

        /** Spreads sequential elector numbers over the table (the 64-bit finaliser of MurmurHash3). */
        private static int mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return (int) k;
        }
    }
}
