package org.hustings.ingest.register;

import java.util.HashMap;
import java.util.Map;
import org.hustings.register.ElectorNumber;

/**
 * The elector numbers seen so far in one file, to reject duplicates while streaming. Exact, and
 * compact: per polling-district prefix, a bitmap of the plain numbers (no suffix) — one bit per
 * number, as districts are numbered densely from 1 — and, for numbers with a suffix or too far
 * beyond the district's count for the bitmap, an open-addressing set of {@code number << 32 | suffix}
 * as primitive longs (both parts non-negative ints), at most half full. A register numbered as
 * EROs number them costs about one bit per elector plus a few hundred bytes per district: under
 * 10 MB even for 46 million electors in one file, so the import's heap stays bounded in practice
 * (ADR 0160). The bitmap only grows to cover {@code 128 × count + 1024} numbers, so a file of
 * sparse or huge numbers costs no more than the long set would (at most 16 bytes an elector).
 * See docs/adr/0100-elector-number-set.md.
 */
final class ElectorNumberSet {
    private final Map<String, District> byPrefix = new HashMap<>();
    private String lastPrefix;
    private District last;

    /** Adds the number; false when it was already there. */
    boolean add(ElectorNumber n) {
        String prefix = n.prefix();
        if (!prefix.equals(lastPrefix)) {
            last = byPrefix.computeIfAbsent(prefix, p -> new District());
            lastPrefix = prefix;
        }
        return last.add(n.number(), n.suffix());
    }

    /** One district's numbers: plain ones in a bitmap where it is small enough, the rest in a long set. */
    private static final class District {
        private long[] bits = new long[0];
        private long count;
        private Longs others;

        boolean add(int number, int suffix) {
            long key = ((long) number << 32) | suffix;
            boolean inBits = suffix == 0 && number < (long) bits.length * 64;
            if (inBits && (bits[number >>> 6] & (1L << number)) != 0) {
                return false;
            }
            if (others != null && others.contains(key)) {
                return false;
            }
            if (!inBits && suffix == 0 && number < 128 * (count + 8)) {
                bits = java.util.Arrays.copyOf(bits, Math.max((number >>> 6) + 1, bits.length * 2));
                inBits = true;
            }
            if (inBits) {
                bits[number >>> 6] |= 1L << number;
            } else {
                if (others == null) {
                    others = new Longs();
                }
                others.add(key);
            }
            count++;
            return true;
        }
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

        boolean contains(long key) {
            int mask = slots.length - 1;
            for (int i = mix(key) & mask; slots[i] >= 0; i = (i + 1) & mask) {
                if (slots[i] == key) {
                    return true;
                }
            }
            return false;
        }

        void add(long key) {
            insert(slots, key);
            if (++size * 2 > slots.length) {
                long[] bigger = empty(slots.length * 2);
                for (long k : slots) {
                    if (k >= 0) {
                        insert(bigger, k);
                    }
                }
                slots = bigger;
            }
        }

        private static void insert(long[] table, long key) {
            int mask = table.length - 1;
            int i = mix(key) & mask;
            while (table[i] >= 0) {
                i = (i + 1) & mask;
            }
            table[i] = key;
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
