package org.hustings.ingest.register;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes: upper case with one space before the inward code, when the text is one. */
public final class Postcodes {
    private static final Pattern UK = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})|(GIR)(0AA)");

    private Postcodes() {
    }

    /** The normalised postcode, or null when the text does not parse as a UK postcode. */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        if (b.length() < 5 || b.length() > 7) {
            return null;
        }
        String s = b.toString().toUpperCase(Locale.ROOT);
        var m = UK.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return s.substring(0, s.length() - 3) + " " + s.substring(s.length() - 3);
    }
}
