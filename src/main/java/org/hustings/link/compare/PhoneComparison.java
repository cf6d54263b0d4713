package org.hustings.link.compare;

import java.util.List;

/**
 * A telephone number as digits, with the UK country code (+44, 0044) replaced by the trunk
 * zero so that "+44 7700 900123" equals "07700 900123". Levels: exact (term-frequency
 * adjusted); one typo; same last six digits; different.
 */
public record PhoneComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "one typo", "same last six digits", "different");

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
        String d = Normal.digits(raw);
        if (d == null) {
            return null;
        }
        if (d.startsWith("0044")) {
            d = "0" + d.substring(4);
        } else if (d.startsWith("44") && d.length() == 12) {
            d = "0" + d.substring(2);
        }
        return d;
    }

    @Override
    public Prepared prepare(String[] values) {
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            String x = values[a];
            String y = values[b];
            if (DamerauLevenshtein.distance(x, y, 1) <= 1) {
                return 1;
            }
            if (x.length() >= 6 && y.length() >= 6 && x.regionMatches(x.length() - 6, y, y.length() - 6, 6)) {
                return 2;
            }
            return 3;
        };
    }
}
