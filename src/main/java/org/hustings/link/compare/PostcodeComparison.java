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
        String[] sectors = new String[values.length];
        String[] districts = new String[values.length];
        String[] areas = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            sectors[i] = sector(values[i]);
            districts[i] = district(values[i]);
            areas[i] = area(values[i]);
        }
        return (a, b, ap, bp) -> {
            if (a == b) {
                return 0;
            }
            boolean uk = districts[a] != null && districts[b] != null;
            if (uk && sectors[a].equals(sectors[b])) {
                return 1;
            }
            if (uk && districts[a].equals(districts[b])) {
                return 2;
            }
            if (DamerauLevenshtein.distance(values[a], values[b], 1) <= 1) {
                return 3;
            }
            if (uk && areas[a].equals(areas[b])) {
                return 4;
            }
            return 5;
        };
    }
}
