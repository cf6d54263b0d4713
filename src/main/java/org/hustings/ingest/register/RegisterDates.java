package org.hustings.ingest.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The date forms register files use (docs/register-layouts.md). Parsing is strict: 31/02/1990 is
 * not a date. Month abbreviations are English ({@code Sep}; {@code Sept} is also read).
 */
final class RegisterDates {
    /** dd/MM/yyyy: Xpress, Idox, Halarose, RollNo. */
    static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    /** dd-MMM-yyyy: Xpress notices ({@code 01-Jan-2000}). */
    static final DateTimeFormatter NOTICE = DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> READ = List.of(
            strict("d/M/uuuu"),
            strict("uuuu-MM-dd"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            strict("d.M.uuuu"));

    private RegisterDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    static String slashed(LocalDate d) {
        return d == null ? "" : SLASHED.format(d);
    }

    static String notice(LocalDate d) {
        return d == null ? "" : NOTICE.format(d);
    }

    /** Reads a date in any accepted form; null when the text is no date in any of them. */
    static LocalDate parse(String text) {
        String t = text.trim().replace("Sept", "Sep").replace("sept", "sep").replace("SEPT", "SEP");
        if (t.length() < 8 || t.length() > 11) {
            return null;
        }
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Reads a date with a caller-given pattern (generic mapping); null when it does not parse. */
    static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text.trim(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
