package org.hustings.web;

import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** A request field that cannot be used; the error names the field. */
final class BadField extends HustingsException {
    private final String field;

    BadField(String field, String message) {
        super(ErrorCode.BAD_REQUEST, message);
        this.field = field;
    }

    String field() {
        return field;
    }

    /** A whole number from a request field, within bounds, or the default when the field is absent. */
    static long number(String field, String text, long min, long max, long absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        long n;
        try {
            n = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadField(field, "The field '" + field + "' must be a whole number; got '" + abbreviate(text) + "'.");
        }
        if (n < min || n > max) {
            throw new BadField(field, "The field '" + field + "' must be between " + min + " and " + max + "; got " + n + ".");
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
