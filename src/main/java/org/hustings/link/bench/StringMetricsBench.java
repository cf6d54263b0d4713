package org.hustings.link.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.hustings.link.compare.DamerauLevenshtein;
import org.hustings.link.compare.JaroWinkler;

/**
 * Measures the string metrics the comparisons use against Apache Commons Text on the same pairs
 * of name-like strings (half near-misses, half unrelated, as among candidate pairs): nanoseconds
 * per call after a warm-up, best of several rounds. The figures behind ADR 0130.
 */
public final class StringMetricsBench {
    private StringMetricsBench() {
    }

    /** One measured metric. */
    public record Result(String metric, double nanosPerCall, double checksum) {
    }

    public static List<Result> run(int pairs, int rounds, long seed) {
        String[][] input = pairs(pairs, seed);
        JaroWinklerSimilarity commonsJw = new JaroWinklerSimilarity();
        LevenshteinDistance commonsLev = new LevenshteinDistance(2);
        List<Result> out = new ArrayList<>();
        out.add(measure("Jaro-Winkler, Hustings (allocation-free)", input, rounds, (a, b) -> JaroWinkler.similarity(a, b)));
        out.add(measure("Jaro-Winkler, Commons Text 1.13.1", input, rounds, (a, b) -> commonsJw.apply(a, b)));
        out.add(measure("Damerau-Levenshtein <= 2, Hustings (banded)", input, rounds, (a, b) -> DamerauLevenshtein.distance(a, b, 2)));
        out.add(measure("Levenshtein <= 2, Commons Text 1.13.1 (no transpositions)", input, rounds, (a, b) -> commonsLev.apply(a, b)));
        return out;
    }

    private interface Metric {
        double apply(String a, String b);
    }

    private static Result measure(String name, String[][] input, int rounds, Metric m) {
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (int r = 0; r < rounds + 2; r++) {
            sum = 0;
            long t = System.nanoTime();
            for (String[] p : input) {
                sum += m.apply(p[0], p[1]);
            }
            double ns = (double) (System.nanoTime() - t) / input.length;
            if (r >= 2) {
                best = Math.min(best, ns);
            }
        }
        return new Result(name, best, sum);
    }

    static String[][] pairs(int n, long seed) {
        String[] names = {"WILLIAM", "MARGARET", "FEATHERSTONEHAUGH", "SMITH", "JONES", "OCONNOR", "ABERCROMBIE", "LI", "NGUYEN",
            "ELIZABETH", "ALEXANDER", "WHITTINGTON", "PATEL", "MACDONALD", "CHRISTOPHER", "KATHERINE", "BROWN", "ROBERTSON"};
        SplittableRandom random = new SplittableRandom(seed);
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            String a = names[random.nextInt(names.length)];
            String b = random.nextBoolean() ? typo(a, random) : names[random.nextInt(names.length)];
            out[i] = new String[] {a, b};
        }
        return out;
    }

    private static String typo(String s, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s);
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
            case 0 -> b.setCharAt(at, (char) ('A' + random.nextInt(26)));
            case 1 -> b.deleteCharAt(at);
            default -> {
                if (at + 1 < b.length()) {
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, c);
                }
            }
        }
        return b.toString();
    }
}
