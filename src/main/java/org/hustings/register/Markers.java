package org.hustings.register;

/**
 * The marker letters on one entry, verbatim (upper-cased, separators removed, order kept).
 * Unknown letters stay in {@link #letters()} and are listed by {@link #unknown()}.
 */
public record Markers(String letters) {
    public static final Markers NONE = new Markers("");

    public Markers {
        letters = letters == null ? "" : letters;
    }

    /** Reads a marker field such as {@code "F"}, {@code "F G"}, {@code "f,g"} or {@code "N"}. */
    public static Markers parse(String field) {
        if (field == null || field.isBlank()) {
            return NONE;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isLetter(c)) {
                char u = Character.toUpperCase(c);
                if (b.indexOf(String.valueOf(u)) < 0) {
                    b.append(u);
                }
            }
        }
        return new Markers(b.toString());
    }

    public boolean has(Marker m) {
        return letters.indexOf(m.name().charAt(0)) >= 0;
    }

    public boolean anonymous() {
        return has(Marker.N);
    }

    /** Letters that are not a known marker, in order; empty when all are known. */
    public String unknown() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (Marker.of(letters.charAt(i)).isEmpty()) {
                b.append(letters.charAt(i));
            }
        }
        return b.toString();
    }

    public boolean isEmpty() {
        return letters.isEmpty();
    }
}
