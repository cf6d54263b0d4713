package org.hustings.link.compare;

/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and swaps of two adjacent characters each cost one. Bounded: work stops as soon
 * as the distance must exceed {@code max}, and only the diagonal band
 * of width 2·max+1 is computed (Ukkonen), so a bounded call costs O(length · max). Three rows of per-thread scratch, so no allocation per
 * call. Apache Commons Text has Levenshtein but no Damerau variant (ADR 0130).
 */
public final class DamerauLevenshtein {
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[65], new int[65], new int[65]});

    private DamerauLevenshtein() {
    }

    /** The distance, or {@code max + 1} when it is larger than {@code max}. */
    public static int distance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (la == 0 || lb == 0) {
            return Math.max(la, lb);
        }
        int[][] rows = ROWS.get();
        if (rows[0].length <= lb) {
            for (int k = 0; k < 3; k++) {
                rows[k] = new int[lb + 1 + 64];
            }
        }
        int[] older = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        int big = max + 1;
        for (int j = 0; j <= lb; j++) {
            prev[j] = Math.min(j, big);
            older[j] = big;
        }
        // only the band |i - j| <= max can hold a distance within max: cells outside it count as max + 1
        for (int i = 1; i <= la; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(lb, i + max);
            cur[from - 1] = from - 1 == 0 ? Math.min(i, big) : big;
            int rowMin = cur[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    d = Math.min(d, older[j - 2] + 1);
                }
                cur[j] = Math.min(d, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < lb) {
                cur[to + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int[] t = older;
            older = prev;
            prev = cur;
            cur = t;
        }
        int d = prev[lb];
        return d > max ? max + 1 : d;
    }
}
