package org.hustings.ingest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hustings.consent.ConsentStatus;

/** Reads the area, data and consent cells of one row into normal form; bad cells are rejected through {@link RowCells}. */
final class ValueCells {
    static final int MAX_VALUE = 4000;

    private ValueCells() {
    }

    static String area(AreaColumn a, RowCells row) {
        String text = row.cell(a.column());
        if (text.isEmpty()) {
            row.reject(a.column(), "missing-area", "The row does not say which area it is about.", null);
            return null;
        }
        String code = a.kind().normalise(text);
        if (code == null) {
            row.reject(a.column(), "bad-area-code", "Not a " + a.kind().code().replace('_', ' ') + " code.", text);
        }
        return code;
    }

    static String value(FieldColumn f, RowCells row) {
        String text = row.cell(f.column());
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_VALUE) {
            row.reject(f.column(), "value-too-long", "Longer than " + MAX_VALUE + " characters.", text);
            return null;
        }
        String v = switch (f.type()) {
            case TEXT -> text;
            case INTEGER -> Cells.integer(text);
            case NUMBER -> Cells.number(text);
            case DATE -> {
                LocalDate d = Cells.date(text);
                yield d == null ? null : d.toString();
            }
            case BOOLEAN -> {
                Boolean b = Cells.yesNo(text);
                yield b == null ? null : b.toString();
            }
        };
        if (v == null) {
            row.reject(f.column(), "bad-" + f.type().name().toLowerCase(Locale.ROOT), "Not " + (f.type() == FieldColumn.FieldType.INTEGER
                    ? "an integer" : "a " + f.type().name().toLowerCase(Locale.ROOT)) + ".", text);
            return null;
        }
        if ("contact.email".equals(f.category())) {
            String email = Cells.email(v);
            if (email == null) {
                row.reject(f.column(), "bad-email", "Not an email address.", text);
            }
            return email;
        }
        if ("contact.phone".equals(f.category())) {
            return phone(f.column(), v, row);
        }
        if (!f.values().isEmpty()) {
            String listed = f.values().stream().filter(x -> x.equalsIgnoreCase(v)).findFirst().orElse(null);
            if (listed == null) {
                row.reject(f.column(), "unknown-value", "Not one of the values the mapping allows: " + f.values() + ".", text);
            }
            return listed;
        }
        return v;
    }

    /**
     * A UK telephone number in normal form. Ten digits starting 1, 2, 3 or 7 are a number whose
     * leading 0 a spreadsheet dropped (it stored the number as a number): restored, with a warning.
     */
    static String phone(String column, String text, RowCells row) {
        String phone = Cells.phone(text);
        if (phone == null && text.matches("[1237][0-9]{9}")) {
            row.warn(column, "phone-leading-zero", "A UK number without its leading 0 (as spreadsheets store numbers); read as 0" + text + ".", text);
            return "0" + text;
        }
        if (phone == null) {
            row.reject(column, "bad-phone", "Not a UK telephone number (0 and 9 or 10 more digits, or +44).", text);
        }
        return phone;
    }

    static DataRow.RowConsent consent(ConsentColumn c, RowCells row) {
        String text = row.cell(c.column());
        if (text.isEmpty()) {
            return null;
        }
        Boolean yes = Cells.yesNo(text);
        if (yes == null) {
            row.reject(c.column(), "bad-consent", "Not a yes or no (a blank records nothing).", text);
            return null;
        }
        Instant given = null;
        String at = row.cell(c.givenAtColumn());
        if (!at.isEmpty() && (given = Cells.instant(at)) == null) {
            row.reject(c.givenAtColumn(), "bad-date", "Not a date or time; expected e.g. 2026-03-01 or 2026-03-01T18:30:00Z.", at);
        }
        Integer version = c.wordingVersion();
        String wv = row.cell(c.wordingVersionColumn());
        if (!wv.isEmpty()) {
            String n = Cells.integer(wv);
            if (n == null || n.length() > 9 || Long.parseLong(n) < 1) {
                row.reject(c.wordingVersionColumn(), "bad-wording-version", "Not a wording version number (1, 2, …).", wv);
            } else {
                version = Integer.valueOf(n);
            }
        }
        return new DataRow.RowConsent(c.purpose(), c.channel(), yes ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN, given,
                c.method(), version);
    }
}
