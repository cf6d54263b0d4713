package org.hustings.link.compare;

/**
 * Jaro-Winkler similarity, written to allocate nothing per call: for strings of up to 64
 * characters the "already matched" flags are two {@code long} bit masks; longer strings fall
 * back to per-thread scratch arrays. ADR 0130 gives the measured reason this exists beside
 * Apache Commons Text.
 */
public final class JaroWinkler {
    private static final double BOOST_THRESHOLD = 0.7;
    private static final double PREFIX_SCALE = 0.1;
    private static final ThreadLocal<boolean[][]> SCRATCH = ThreadLocal.withInitial(() -> new boolean[][] {new boolean[128], new boolean[128]});

    private JaroWinkler() {
    }

    /** Similarity in [0, 1]; 1 for equal strings (two empty strings included). */
    public static double similarity(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        double jaro = la <= 64 && lb <= 64 ? jaroShort(a, b, la, lb) : jaroLong(a, b, la, lb);
        if (jaro <= BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1.0 - jaro);
    }

    /**
     * The set of characters of a string as bits: A–Z (either case) and 0–9 get bits of their own, any
     * other character shares one of a few bits. Two strings' masks bound their similarity
     * ({@link #upperBound}) at the cost of a bit count.
     */
    public static long mask(String s) {
        long m = 0L;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            int bit = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + (c % 28);
            m |= 1L << bit;
        }
        return m;
    }

    /**
     * An upper bound of {@link #similarity} from the lengths and {@link #mask}s alone: a character of
     * the shorter string whose letter does not occur in the longer cannot be a Jaro match, so at most
     * min(length) minus that many characters match; with no transpositions and the longest prefix
     * bonus the similarity cannot exceed the bound. Used to skip the full computation when a pair
     * cannot reach the lowest band.
     */
    public static double upperBound(int la, int lb, long maskA, long maskB) {
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        int shortest = Math.min(la, lb);
        int missing = Long.bitCount(la <= lb ? maskA & ~maskB : maskB & ~maskA);
        int m = shortest - missing;
        if (m <= 0) {
            return 0.0;
        }
        double jaro = ((double) m / la + (double) m / lb + 1.0) / 3.0;
        return jaro <= BOOST_THRESHOLD ? jaro : jaro + 4 * PREFIX_SCALE * (1.0 - jaro);
    }

    private static double jaroShort(String a, String b, int la, int lb) {
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0L;
        long matchedB = 0L;
        int matches = 0;
        // stage 1: each character of a claims the first unclaimed equal character of b in the window
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedA |= 1L << i;
                    matchedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        // stage 2: walk both sets of matched characters in order and count the ones out of place
        int halfTranspositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA & (1L << i)) != 0) {
                while ((matchedB & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    halfTranspositions++;
                }
                j++;
            }
        }
        return jaro(matches, halfTranspositions, la, lb);
    }

    private static double jaroLong(String a, String b, int la, int lb) {
        boolean[][] scratch = SCRATCH.get();
        if (scratch[0].length < la || scratch[1].length < lb) {
            scratch[0] = new boolean[Math.max(la, scratch[0].length * 2)];
            scratch[1] = new boolean[Math.max(lb, scratch[1].length * 2)];
        }
        boolean[] matchedA = scratch[0];
        boolean[] matchedB = scratch[1];
        java.util.Arrays.fill(matchedA, 0, la, false);
        java.util.Arrays.fill(matchedB, 0, lb, false);
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int to = Math.min(lb - 1, i + window);
            for (int j = Math.max(0, i - window); j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    halfTranspositions++;
                }
                j++;
            }
        }
        return jaro(matches, halfTranspositions, la, lb);
    }

    private static double jaro(int m, int halfTranspositions, int la, int lb) {
        double t = halfTranspositions / 2.0;
        return ((double) m / la + (double) m / lb + (m - t) / m) / 3.0;
    }
}
