package org.hustings.link.compare;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * A date of birth. Values are read as yyyymmdd, yyyy-mm-dd, yyyy/mm/dd, dd/mm/yyyy or
 * dd-mm-yyyy and kept as eight digits yyyymmdd (an impossible date, such as a typo'd 19811345,
 * is kept as its digits so that the "one typo" level can still see it). Levels: exact; day and
 * month swapped; one typo (one digit changed, added, lost, or two neighbours swapped); within a
 * year; different.
 */
public record DateComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "day and month swapped", "one typo", "within a year", "different");

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
        String digits = Normal.digits(raw);
        if (digits == null) {
            return null;
        }
        String s = raw.strip();
        if (digits.length() == 8 && (s.length() == 10 || s.length() == 8) && !s.isEmpty()) {
            boolean dayFirst = s.length() == 10 && (s.charAt(2) == '/' || s.charAt(2) == '-' || s.charAt(2) == '.');
            return dayFirst ? digits.substring(4, 8) + digits.substring(2, 4) + digits.substring(0, 2) : digits;
        }
        return digits;
    }

    /** Days since 1970 for an eight-digit yyyymmdd, or {@link Integer#MIN_VALUE} when it is no date. */
    public static int epochDay(String yyyymmdd) {
        if (yyyymmdd == null || yyyymmdd.length() != 8) {
            return Integer.MIN_VALUE;
        }
        try {
            int y = Integer.parseInt(yyyymmdd, 0, 4, 10);
            int m = Integer.parseInt(yyyymmdd, 4, 6, 10);
            int d = Integer.parseInt(yyyymmdd, 6, 8, 10);
            return (int) LocalDate.of(y, m, d).toEpochDay();
        } catch (DateTimeException | NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    @Override
    public Prepared prepare(String[] values) {
        int[] days = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            days[i] = epochDay(values[i]);
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            String x = values[a];
            String y = values[b];
            if (x.length() == 8 && y.length() == 8 && x.regionMatches(0, y, 0, 4)
                    && x.regionMatches(4, y, 6, 2) && x.regionMatches(6, y, 4, 2)) {
                return 1;
            }
            if (DamerauLevenshtein.distance(x, y, 1) <= 1) {
                return 2;
            }
            if (days[a] != Integer.MIN_VALUE && days[b] != Integer.MIN_VALUE && Math.abs(days[a] - days[b]) <= 366) {
                return 3;
            }
            return 4;
        };
    }
}
