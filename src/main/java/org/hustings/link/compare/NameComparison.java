package org.hustings.link.compare;

import java.util.List;

/**
 * A forename or surname. Levels: exact (term-frequency adjusted); nickname or alias
 * (Bill/William, from {@link Nicknames}); Jaro-Winkler at least 0.92; swapped with the other
 * name (forename given as surname and the other way round); Jaro-Winkler at least 0.80; one is
 * the initial of the other; different. All name fields share one vocabulary so that swapped
 * names can be seen.
 */
public record NameComparison(String field, String partner) implements Comparison {
    public static final double CLOSE = 0.92;
    public static final double SIMILAR = 0.80;
    private static final List<String> LEVELS = List.of("exact", "nickname or alias", "Jaro-Winkler >= 0.92",
            "swapped with the other name", "Jaro-Winkler >= 0.80", "initial", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public boolean termFrequency() {
        return true;
    }

    @Override
    public String vocabulary() {
        return "name";
    }

    @Override
    public String normalise(String raw) {
        return Normal.letters(raw);
    }

    @Override
    public Prepared prepare(String[] values) {
        int[][] groups = new int[values.length][];
        long[] masks = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            groups[i] = Nicknames.table().groupsOf(values[i]);
            masks[i] = JaroWinkler.mask(values[i]);
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            if (Nicknames.meet(groups[a], groups[b])) {
                return 1;
            }
            String x = values[a];
            String y = values[b];
            // most pairs of different names share too few letters to reach the lowest band: skip the metric
            double jw = JaroWinkler.upperBound(x.length(), y.length(), masks[a], masks[b]) < SIMILAR ? 0.0
                    : JaroWinkler.similarity(x, y);
            if (jw >= CLOSE) {
                return 2;
            }
            if (ap >= 0 && bp >= 0 && ap == b && bp == a) {
                return 3;
            }
            if (jw >= SIMILAR) {
                return 4;
            }
            if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
                return 5;
            }
            return 6;
        };
    }
}
