package org.hustings.link.compare;

import java.util.List;

/**
 * A house number or flat ("Flat 2, 10", "10A", "2/10"): the words that contain a digit, in
 * order. Levels: exact; shares a number (the flat given on one side only, or numbers in another
 * order); one typo; different.
 */
public record HouseNumberComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "shares a number", "one typo", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public boolean termFrequency() {
        return false;
    }

    @Override
    public String normalise(String raw) {
        String words = Normal.words(raw == null ? null : raw.replace('/', ' '));
        if (words == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(words.length());
        for (String w : words.split(" ")) {
            if (w.chars().anyMatch(Character::isDigit)) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        return b.length() == 0 ? words : b.toString();
    }

    @Override
    public Prepared prepare(String[] values) {
        String[][] parts = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            parts[i] = values[i].split(" ");
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            for (String x : parts[a]) {
                for (String y : parts[b]) {
                    if (x.equals(y)) {
                        return 1;
                    }
                }
            }
            return DamerauLevenshtein.distance(values[a], values[b], 1) <= 1 ? 2 : 3;
        };
    }
}
