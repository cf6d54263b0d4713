package org.hustings.link.compare;

import java.util.Arrays;
import java.util.List;

/**
 * A whole name in one field ("Smith, John" or "John Smith"). Levels: exact (term-frequency
 * adjusted); the same words in another order; Jaro-Winkler at least 0.92 on the words sorted;
 * Jaro-Winkler at least 0.80; different.
 */
public record FullNameComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "same words in another order", "Jaro-Winkler >= 0.92",
            "Jaro-Winkler >= 0.80", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public boolean termFrequency() {
        return true;
    }

    @Override
    public String normalise(String raw) {
        String w = Normal.words(raw);
        return w == null ? null : w.replaceAll("[0-9]", "").strip();
    }

    @Override
    public Prepared prepare(String[] values) {
        String[] sorted = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String[] words = values[i].split(" ");
            Arrays.sort(words);
            sorted[i] = String.join(" ", words);
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            if (sorted[a].equals(sorted[b])) {
                return 1;
            }
            double s = JaroWinkler.similarity(sorted[a], sorted[b]);
            return s >= 0.92 ? 2 : s >= 0.80 ? 3 : 4;
        };
    }
}
