package org.hustings.link;

import java.util.List;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;

/** Synthetic people for the linkage tests; the name pools are built once. */
final class Synthetic {
    static final Population POOLS = Population.pools(7);

    private Synthetic() {
    }

    static List<Row> register(int n, long seed) {
        return POOLS.people(n, seed);
    }

    static CorruptedList list(List<Row> register, int n, long seed) {
        return CorruptedList.from(POOLS, register, n, Corruption.TYPICAL, seed);
    }

    /** Settings that run on one thread with small samples, so that tests stay quick. */
    static LinkSettings settings() {
        return LinkSettings.defaults(Population.FIELDS).withThreads(2);
    }
}
