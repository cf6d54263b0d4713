package org.hustings.ingest.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading single cells: each method returns the normal form, or null when the text is not one. */
final class Cells {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,15})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
    static final List<String> YES = List.of("yes", "y", "true", "1", "granted", "opt-in", "opted in");
    static final List<String> NO = List.of("no", "n", "false", "0", "withdrawn", "refused", "opt-out", "opted out");

    private Cells() {
    }

    static LocalDate date(String s) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s.trim(), f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** An instant, or a date-time or date read as UK local time. */
    static Instant instant(String s) {
        String t = s.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            // not an instant
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atZone(LONDON).toInstant();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        LocalDate d = date(t);
        return d == null ? null : d.atStartOfDay(LONDON).toInstant();
    }

    static String email(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.length() <= 320 && EMAIL.matcher(t).matches() ? t : null;
    }

    /** A UK telephone number as 0 followed by 9 or 10 digits ({@code +44} folded to 0). */
    static String phone(String s) {
        StringBuilder b = new StringBuilder();
        String t = s.trim();
        if (t.startsWith("+44")) {
            b.append('0');
            t = t.substring(3).replaceFirst("^\\s*\\(0\\)", "");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
                return null;
            }
        }
        String n = b.toString();
        return n.startsWith("0") && (n.length() == 10 || n.length() == 11) ? n : null;
    }

    static Boolean yesNo(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return YES.contains(t) ? Boolean.TRUE : NO.contains(t) ? Boolean.FALSE : null;
    }

    static String integer(String s) {
        String t = s.trim();
        return INTEGER.matcher(t).matches() ? Long.toString(Long.parseLong(t)) : null;
    }

    /** A plain decimal ({@code 1,250.50} gives {@code 1250.5}); no exponents, at most 30 digits before the point. */
    static String number(String s) {
        String t = s.trim().replace(",", "");
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        String n = new BigDecimal(t).stripTrailingZeros().toPlainString();
        return n.equals("-0") ? "0" : n;
    }

    /** Trimmed with runs of white space collapsed; empty for a blank cell. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1)))) {
                return t.replaceAll("\\s+", " ");
            }
        }
        return t;
    }
}
