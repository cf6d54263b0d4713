package org.hustings.register;

import java.util.Optional;

/**
 * An elector number as EROs print it: polling-district prefix, number, and a suffix shown only
 * when non-zero. Xpress writes {@code BW1-4/1}; an odd valid form seen is {@code KD-2/2-289/1}
 * (prefix {@code KD-2/2}). Elector numbers are re-sequenced at every annual canvass, so they
 * are a key only within one register edition — never a person's identity.
 */
public record ElectorNumber(String prefix, int number, int suffix) {

    public ElectorNumber {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("elector number prefix is empty");
        }
        if (number < 0 || suffix < 0) {
            throw new IllegalArgumentException("elector number parts must not be negative");
        }
        prefix = prefix.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The canonical form, e.g. {@code BW1-4/1} or {@code BW1-4}. */
    public String canonical() {
        return prefix + "-" + number + (suffix > 0 ? "/" + suffix : "");
    }

    @Override
    public String toString() {
        return canonical();
    }

    /**
     * Parses the combined form {@code PREFIX-NUMBER[/SUFFIX]}, splitting at the last hyphen so
     * that prefixes which themselves contain hyphens or slashes are kept whole.
     */
    public static Optional<ElectorNumber> parseCombined(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        int dash = s.lastIndexOf('-');
        if (dash <= 0 || dash == s.length() - 1) {
            return Optional.empty();
        }
        return parseParts(s.substring(0, dash), s.substring(dash + 1));
    }

    /** Parses a prefix and a number that may carry its suffix ({@code 124/1}) or a decimal ({@code 5.000}). */
    public static Optional<ElectorNumber> parseParts(String prefix, String numberAndSuffix) {
        if (prefix == null || prefix.isBlank() || numberAndSuffix == null) {
            return Optional.empty();
        }
        String n = numberAndSuffix.trim();
        String suffix = "0";
        int slash = n.indexOf('/');
        if (slash >= 0) {
            suffix = n.substring(slash + 1);
            n = n.substring(0, slash);
        } else if (n.endsWith(".000") || n.endsWith(".0")) {
            n = n.substring(0, n.indexOf('.'));
        }
        return parseParts(prefix, n, suffix);
    }

    /** Parses three separate fields; an empty suffix means zero. */
    public static Optional<ElectorNumber> parseParts(String prefix, String number, String suffix) {
        if (prefix == null || prefix.isBlank()) {
            return Optional.empty();
        }
        Integer n = digits(number);
        Integer sfx = suffix == null || suffix.isBlank() ? Integer.valueOf(0) : digits(suffix);
        if (n == null || sfx == null) {
            return Optional.empty();
        }
        return Optional.of(new ElectorNumber(prefix, n, sfx));
    }

    private static Integer digits(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 9) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(t);
    }
}
