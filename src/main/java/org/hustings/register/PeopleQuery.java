package org.hustings.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;

/**
 * What a member of staff typed to find a person on the register, already normalised and checked:
 * a surname (with forenames, optional), a postcode, an elector number, a person id — any of
 * them, all given ones must match — and where the previous page ended. Names are compared as
 * {@link MatchKey} compares them (case, accents, spacing and punctuation ignored), surnames with
 * no spaces at all ({@code "O Neill"} finds O'Neill, {@code "Smith Jones"} finds Smith-Jones),
 * forenames by their start; postcodes without their space; elector numbers in their canonical form.
 *
 * <p>{@link #of} refuses bad input with a {@link FieldProblems} whose reasons name each field at
 * fault, spelt as the web form, the JSON API ({@code ?surname=&forenames=&postcode=&elector=&id=&after=&limit=})
 * and the command line ({@code --surname} …) spell it.
 *
 * @param surname    the surname as {@link MatchKey#normalise} writes it, without spaces, or null
 * @param forenames  the start of the forenames, normalised the same way, or null
 * @param postcode   the postcode as the importers store it ({@code BN43 6AA}), or null
 * @param elector    the elector number, or null
 * @param personId   the person's internal id, or null
 * @param after      the register entry ({@code elector.id}) the previous page ended with, or null for the first page
 * @param limit      at most this many people per page, 1 to {@link #MAX_LIMIT}
 */
public record PeopleQuery(String surname, String forenames, String postcode, ElectorNumber elector, Long personId, Long after,
                          int limit) {
    /** The most people one page shows. */
    public static final int MAX_LIMIT = 50;
    /** The same test the importers apply (ingest.register.Postcodes), after spaces and punctuation are removed. */
    private static final Pattern UK_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})|(GIR)(0AA)");
    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("([A-Z]+)([0-9]+(/[0-9]+)?)");

    public PeopleQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * Reads what was typed (any argument may be null or blank). Refuses a search that gives no
     * field, forenames without a surname, and any field that cannot be read, naming every one.
     */
    public static PeopleQuery of(String surname, String forenames, String postcode, String elector, String id, String after,
                                 String limit) {
        List<FieldProblems.Problem> problems = new ArrayList<>();
        String s = null;
        if (!blank(surname)) {
            s = PeopleSearch.surnameKey(surname);
            if (s.isEmpty()) {
                problems.add(new FieldProblems.Problem("surname", "The surname '" + shorten(surname) + "' has no letters or digits."));
                s = null;
            }
        }
        String f = null;
        if (!blank(forenames)) {
            f = MatchKey.normalise(forenames);
            if (f.isEmpty()) {
                problems.add(new FieldProblems.Problem("forenames", "The forenames '" + shorten(forenames) + "' have no letters or digits."));
                f = null;
            } else if (blank(surname)) {
                problems.add(new FieldProblems.Problem("forenames", "Forenames narrow a search by surname: give the surname too."));
            }
        }
        String p = null;
        if (!blank(postcode)) {
            p = postcode(postcode);
            if (p == null) {
                problems.add(new FieldProblems.Problem("postcode", "'" + shorten(postcode)
                        + "' is not a whole UK postcode. Give all of it, such as BN43 6AA."));
            }
        }
        ElectorNumber e = null;
        if (!blank(elector)) {
            e = electorNumber(elector);
            if (e == null) {
                problems.add(new FieldProblems.Problem("elector", "'" + shorten(elector) + "' is not an elector number. Give the polling "
                        + "district letters and the number, such as AB-123, AB 123 or AB-123/1."));
            }
        }
        Long person = number("id", id, "a person's internal id", problems);
        Long from = number("after", after, "the register entry the previous page ended with", problems);
        int max = MAX_LIMIT;
        if (!blank(limit)) {
            Long l = number("limit", limit, "how many people to show", problems);
            if (l != null && (l < 1 || l > MAX_LIMIT)) {
                problems.add(new FieldProblems.Problem("limit", "The field 'limit' must be between 1 and " + MAX_LIMIT + "; got " + l + "."));
            } else if (l != null) {
                max = l.intValue();
            }
        }
        if (problems.isEmpty() && s == null && p == null && e == null && person == null) {
            problems.add(new FieldProblems.Problem("surname", "Give at least one of surname, postcode, elector number or person id."));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(ErrorCode.BAD_REQUEST, "The search", problems);
        }
        return new PeopleQuery(s, f, p, e, person, from, max);
    }

    /** The same search from the entry {@code electorId} on: the next page. */
    public PeopleQuery after(long electorId) {
        return new PeopleQuery(surname, forenames, postcode, elector, personId, electorId, limit);
    }

    /** The names of the fields this search uses (never their values), for the ledger. */
    public List<String> fields() {
        List<String> out = new ArrayList<>();
        if (surname != null) {
            out.add("surname");
        }
        if (forenames != null) {
            out.add("forenames");
        }
        if (postcode != null) {
            out.add("postcode");
        }
        if (elector != null) {
            out.add("elector");
        }
        if (personId != null) {
            out.add("id");
        }
        return out;
    }

    /**
     * A UK postcode in the form the importers store: upper case, one space before the inward code.
     * Spaces and punctuation are ignored ({@code "bn43-6aa"}, {@code "BN436AA"}); null when it is not one.
     */
    public static String postcode(String text) {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        if (b.length() < 5 || b.length() > 7 || !UK_POSTCODE.matcher(b).matches()) {
            return null;
        }
        return b.substring(0, b.length() - 3) + " " + b.substring(b.length() - 3);
    }

    /**
     * An elector number as staff type it: {@code AB-123}, {@code ab 123}, {@code AB123}, with an
     * optional suffix ({@code AB-123/1}); prefixes with hyphens of their own ({@code KD-2/2-289}) are
     * split at the last hyphen, as the importers do. Null when it cannot be read.
     */
    static ElectorNumber electorNumber(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.indexOf('-') >= 0) {
            return ElectorNumber.parseCombined(t.replace(" ", "")).orElse(null);
        }
        int space = t.lastIndexOf(' ');
        if (space > 0) {
            return ElectorNumber.parseParts(t.substring(0, space).replace(" ", ""), t.substring(space + 1)).orElse(null);
        }
        var m = LETTERS_THEN_DIGITS.matcher(t);
        if (m.matches()) {
            return ElectorNumber.parseParts(m.group(1), m.group(2)).orElse(null);
        }
        return null;
    }

    private static Long number(String field, String text, String what, List<FieldProblems.Problem> problems) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 18 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            problems.add(new FieldProblems.Problem(field, "The field '" + field + "' must be a whole number (" + what + "); got '"
                    + shorten(text) + "'."));
            return null;
        }
        long n = Long.parseLong(t);
        if (n < 1 && !"limit".equals(field)) {
            problems.add(new FieldProblems.Problem(field, "The field '" + field + "' must be 1 or more (" + what + ")."));
            return null;
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
