package org.hustings.ingest;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The ids handed out during one load, kept as runs of consecutive values ({@link IdBlocks} hands
 * them out in blocks, so a million ids are a few hundred runs). If ids come so scattered that the
 * runs pass {@link #MAX_RUNS}, it stops keeping them and says so, and the caller finds the ids
 * another way: memory stays bounded whatever the file size.
 */
final class IdRuns {
    static final int MAX_RUNS = 1 << 16;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int runs;
    private boolean overflowed;

    void add(long id) {
        if (overflowed) {
            return;
        }
        if (runs > 0 && ends[runs - 1] + 1 == id) {
            ends[runs - 1] = id;
            return;
        }
        if (runs == MAX_RUNS) {
            overflowed = true;
            starts = ends = new long[0];
            runs = 0;
            return;
        }
        if (runs == starts.length) {
            starts = Arrays.copyOf(starts, runs * 2);
            ends = Arrays.copyOf(ends, runs * 2);
        }
        starts[runs] = id;
        ends[runs] = id;
        runs++;
    }

    /** True when the ids were too scattered to keep. */
    boolean overflowed() {
        return overflowed;
    }

    /** Each id added, in the order added (within a run, ascending). */
    void forEach(LongConsumer each) {
        if (overflowed) {
            throw new IllegalStateException("the ids were not kept");
        }
        for (int r = 0; r < runs; r++) {
            for (long id = starts[r]; id <= ends[r]; id++) {
                each.accept(id);
            }
        }
    }
}
