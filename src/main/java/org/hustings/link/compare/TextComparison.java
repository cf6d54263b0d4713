package org.hustings.link.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Free text compared as words of letters and digits (town, address, anything else): exact
 * (optionally term-frequency adjusted); within {@code maxEdits} typos (Damerau-Levenshtein, when
 * above zero); then one level per Jaro-Winkler band, highest first; different.
 */
public record TextComparison(String field, boolean termFrequency, int maxEdits, List<Double> bands) implements Comparison {
    public TextComparison {
        bands = List.copyOf(bands);
        if (maxEdits < 0 || maxEdits > 3) {
            throw new IllegalArgumentException("maxEdits must be 0 to 3");
        }
    }

    @Override
    public List<String> levels() {
        List<String> l = new ArrayList<>();
        l.add("exact");
        for (int e = 1; e <= maxEdits; e++) {
            l.add(e == 1 ? "one typo" : "up to " + e + " typos");
        }
        for (double b : bands) {
            l.add("Jaro-Winkler >= " + b);
        }
        l.add("different");
        return List.copyOf(l);
    }

    @Override
    public String normalise(String raw) {
        return Normal.words(raw);
    }

    @Override
    public Prepared prepare(String[] values) {
        int different = 1 + maxEdits + bands.size();
        double[] jw = bands.stream().mapToDouble(Double::doubleValue).toArray();
        double lowest = jw.length == 0 ? 2.0 : jw[jw.length - 1];
        long[] masks = new long[jw.length == 0 ? 0 : values.length];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = JaroWinkler.mask(values[i]);
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            if (maxEdits > 0) {
                int d = DamerauLevenshtein.distance(values[a], values[b], maxEdits);
                if (d <= maxEdits) {
                    return d;
                }
            }
            if (jw.length > 0 && JaroWinkler.upperBound(values[a].length(), values[b].length(), masks[a], masks[b]) >= lowest) {
                double s = JaroWinkler.similarity(values[a], values[b]);
                for (int k = 0; k < jw.length; k++) {
                    if (s >= jw[k]) {
                        return 1 + maxEdits + k;
                    }
                }
            }
            return different;
        };
    }
}
