package org.hustings.link.compare;

import java.util.List;

/**
 * A UK postcode, compared by its parts: the unit (SW1A 1AA), sector (SW1A 1), district (SW1A)
 * and area (SW). Levels: exact (term-frequency adjusted); same sector; same district; one typo;
 * same area; different. A value that is not a UK postcode (FEBRL's Australian four digits) is
 * compared whole: exact, one typo, different.
 */
public record PostcodeComparison(String field) implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "same sector", "same district", "one typo", "same area", "different");

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
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The outward code (district) of a normalised UK postcode, or null when it is not one. */
    public static String district(String p) {
        if (p == null || p.length() < 5 || p.length() > 7) {
            return null;
        }
        int n = p.length();
        char d = p.charAt(n - 3);
        if (d < '0' || d > '9' || !Character.isLetter(p.charAt(n - 2)) || !Character.isLetter(p.charAt(n - 1))
                || !Character.isLetter(p.charAt(0))) {
            return null;
        }
        return p.substring(0, n - 3);
    }

    /** The area (leading letters) of a normalised UK postcode, or null. */
    public static String area(String p) {
        String district = district(p);
        if (district == null) {
            return null;
        }
        int i = 0;
        while (i < district.length() && Character.isLetter(district.charAt(i))) {
            i++;
        }
        return district.substring(0, i);
    }

    /** The sector (district and the inward code's digit) of a normalised UK postcode, or null. */
    public static String sector(String p) {
        return district(p) == null ? null : p.substring(0, p.length() - 2);
    }

    @Override
    public Prepared prepare(String[] values) {
        // parts as small integers (-1: not a UK postcode), so most pairs are decided without touching a string
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        int[] sectors = new int[values.length];
        int[] districts = new int[values.length];
        int[] areas = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            sectors[i] = number(numbers, sector(values[i]));
            districts[i] = number(numbers, district(values[i]));
            areas[i] = number(numbers, area(values[i]));
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            boolean uk = districts[a] >= 0 && districts[b] >= 0;
            if (uk && sectors[a] == sectors[b]) {
                return 1;
            }
            if (uk && districts[a] == districts[b]) {
                return 2;
            }
            if (DamerauLevenshtein.distance(values[a], values[b], 1) <= 1) {
                return 3;
            }
            if (uk && areas[a] == areas[b]) {
                return 4;
            }
            return 5;
        };
    }

    private static int number(java.util.Map<String, Integer> numbers, String part) {
        return part == null ? -1 : numbers.computeIfAbsent(part, k -> numbers.size());
    }
}
