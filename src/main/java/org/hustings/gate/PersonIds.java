package org.hustings.gate;

import java.util.AbstractList;
import java.util.Arrays;

/** The distinct ids of the people a read released, kept as primitive longs (a read may reach millions). */
final class PersonIds {
    private long[] ids = new long[1024];
    private int size;
    private long last = Long.MIN_VALUE;

    void add(long id) {
        if (id == last) {
            return;
        }
        last = id;
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Sorted, distinct, as a read-only list view. */
    java.util.List<Long> distinct() {
        long[] sorted = Arrays.copyOf(ids, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        long[] out = Arrays.copyOf(sorted, n);
        return new AbstractList<>() {
            @Override
            public Long get(int index) {
                return out[index];
            }

            @Override
            public int size() {
                return out.length;
            }
        };
    }
}
