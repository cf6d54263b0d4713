package org.hustings.ingest;

/**
 * Something wrong with one row of one file, said so a person can find and fix it.
 *
 * @param file     the file's name as the user gave it
 * @param line     1-based line number in the file (0 for the file as a whole)
 * @param field    the field (column) at fault, or null when the whole row is
 * @param code     a stable code, e.g. {@code bad-date}, {@code unknown-marker}
 * @param message  plain words: what is wrong and what was expected
 * @param value    the offending value, shortened to 200 characters, or null
 * @param severity {@link Severity#REJECTED} rows are quarantined and not loaded;
 *                 {@link Severity#WARNING} rows are loaded and the warning is reported
 */
public record Problem(String file, long line, String field, String code, String message, String value, Severity severity) {

    public enum Severity {
        REJECTED, WARNING
    }

    public Problem {
        if (value != null && value.length() > 200) {
            value = value.substring(0, 200) + "…";
        }
    }

    public static Problem rejected(String file, long line, String field, String code, String message, String value) {
        return new Problem(file, line, field, code, message, value, Severity.REJECTED);
    }

    public static Problem warning(String file, long line, String field, String code, String message, String value) {
        return new Problem(file, line, field, code, message, value, Severity.WARNING);
    }

    /** One line for a terminal: {@code register.csv line 12, field Elector DOB: … (value "31/02/1990")}. */
    public String describe() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(" line ").append(line);
        }
        if (field != null) {
            b.append(", field ").append(field);
        }
        b.append(": ").append(message);
        if (value != null) {
            b.append(" (value \"").append(value).append("\")");
        }
        return b.toString();
    }
}
