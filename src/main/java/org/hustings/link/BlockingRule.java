package org.hustings.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * A blocking rule: two records become a candidate pair only when every part of some rule is
 * equal on both. Rules are combined by OR; a pair found by several rules is scored once.
 *
 * <p>Written as parts joined by {@code +}: a field name ({@code surname}) compares the normalised
 * value; a function of a field narrows or widens it: {@code soundex(surname)},
 * {@code initial(given_name)}, {@code first3(surname)}, {@code year(dob)},
 * {@code district(postcode)}. The rule {@code all} makes every pair a candidate; the linker uses
 * it instead of the other rules when the input is small enough to compare exhaustively.
 */
public record BlockingRule(String text, List<Part> parts) {
    /** The text of the rule that makes every pair a candidate: for small inputs only. */
    public static final String ALL = "all";
    private static final Pattern PART = Pattern.compile("(?:(\\w+)\\()?\\s*([\\w .-]+?)\\s*\\)?");

    public BlockingRule {
        parts = List.copyOf(parts);
        if (parts.isEmpty() != ALL.equals(text)) {
            throw new IllegalArgumentException("only the rule 'all' has no parts");
        }
    }

    /** How a field's value is turned into a key part. */
    public enum Transform { EXACT, SOUNDEX, INITIAL, FIRST3, YEAR, DISTRICT }

    /** One part of a rule: a field and what is taken from it. */
    public record Part(String field, Transform transform) {
    }

    /** Reads a rule such as {@code soundex(surname)+dob}; fields are checked by the linker. */
    public static BlockingRule parse(String text) {
        if (ALL.equalsIgnoreCase(text.strip())) {
            return new BlockingRule(ALL, List.of());
        }
        List<Part> parts = new ArrayList<>();
        for (String piece : text.split("\\+")) {
            Matcher m = PART.matcher(piece.strip());
            if (!m.matches()) {
                throw bad(text, "cannot read '" + piece.strip() + "'");
            }
            Transform t = Transform.EXACT;
            if (m.group(1) != null) {
                try {
                    t = Transform.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw bad(text, "unknown function '" + m.group(1) + "' (known: soundex, initial, first3, year, district)");
                }
            }
            parts.add(new Part(m.group(2).strip(), t));
        }
        return new BlockingRule(text.strip(), parts);
    }

    private static HustingsException bad(String text, String why) {
        return new HustingsException(ErrorCode.BAD_REQUEST, "Blocking rule '" + text + "': " + why + ".");
    }

    @Override
    public String toString() {
        return text;
    }
}
