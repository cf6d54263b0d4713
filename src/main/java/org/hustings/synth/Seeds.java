package org.hustings.synth;

import java.util.SplittableRandom;

/**
 * Sub-seeds: every district, street and timeline draws from its own generator, seeded by mixing
 * the run's seed with the thing's coordinates, so any part can be regenerated alone and in any
 * order. The mixer is SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014).
 */
final class Seeds {
    /** What a generator is for; keeps streams for different purposes apart. */
    static final int DISTRICT = 1;
    static final int SHAPE = 2;
    static final int PEOPLE = 3;
    static final int TIMELINE = 4;
    static final int ELECTION = 5;
    static final int OTHERS = 6;
    static final int CONSTITUENCY = 7;

    private Seeds() {
    }

    static SplittableRandom rng(long seed, int purpose, long a, long b) {
        return new SplittableRandom(mix(mix(mix(seed ^ 0x9E3779B97F4A7C15L * purpose) + a) + b * 0xC2B2AE3D27D4EB4FL));
    }

    /** A generator for one purpose of one thing (a street, a district) that has its own seed. */
    static SplittableRandom of(long thingSeed, int purpose) {
        return new SplittableRandom(mix(thingSeed ^ 0x9E3779B97F4A7C15L * purpose));
    }

    /** The seed of the i-th street drafted in district d. */
    static long street(long seed, int d, int i) {
        return mix(mix(seed * 31 + d) ^ (i * 0x9E3779B97F4A7C15L + 7));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Picks an index from cumulative weights (ascending, last = total). */
    static int weighted(SplittableRandom r, int[] cumulative) {
        int x = r.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static int[] cumulative(int... weights) {
        int[] c = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
