package org.hustings.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Keeps personal values out of the ledger (UK GDPR Art 5(1)(c), data minimisation; Art 17, so
 * erasure never has to break the chain). The ledger is append-only, so anything personal written
 * to it could never be erased: it may hold only internal ids, counts, field names, codes and hashes.
 *
 * <p>The rule is an allow-list of shapes, not a detector of every kind of personal data:
 * <ul>
 * <li>texts (actor, subject, detail strings, detail keys) are 1–200 visible ASCII characters
 *     with no space, no {@code @}, no quote and no backslash. No space keeps out names, addresses
 *     and free-text notes; no {@code @} keeps out email addresses; a text that is wholly a UK
 *     telephone number (10–13 digits starting 0, 44 or +44) is refused; over 200 characters is
 *     text, not a code (a SHA-256 hash is 64).</li>
 * <li>the action is a lowercase dotted code such as {@code gate.read};</li>
 * <li>detail values are numbers (finite), booleans, such texts, enums (by name), lists of these,
 *     or maps with code keys — at most 4 levels deep and 1,000 values in all. Nothing else (no
 *     dates as objects, no nulls, no arbitrary objects).</li>
 * </ul>
 * A single-word surname would pass the shape test: callers record ids, never names.
 */
final class Minimisation {
    static final int MAX_TEXT = 200;
    static final int MAX_ACTOR = 100;
    static final int MAX_DEPTH = 4;
    static final int MAX_VALUES = 1000;

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?44|0)[0-9()\\-]{9,16}");
    private static final String WHY = " The ledger keeps only internal ids, counts, field names, codes and hashes, because it can "
            + "never be edited and so could never erase a personal value (UK GDPR Art 5(1)(c) and Art 17).";

    private Minimisation() {
    }

    static void checkEntry(String actor, String action, String subject, Map<String, Object> details) {
        if (actor == null || actor.isEmpty()) {
            throw refuse("The ledger entry has no actor: say who did it (a staff id or a system name).");
        }
        checkText("actor", actor, MAX_ACTOR);
        if (action == null || action.length() > 100 || !ACTION.matcher(action).matches()) {
            throw refuse("The ledger action '" + action + "' is not a lowercase dotted code such as 'gate.read'.");
        }
        if (!subject.isEmpty()) {
            checkText("subject", subject, MAX_TEXT);
        }
        int[] count = {0};
        checkMap("details", details, 1, count);
    }

    /** An unmodifiable copy with the same iteration order (lists copied too). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> frozenCopy(Map<String, Object> details) {
        Map<String, Object> copy = new LinkedHashMap<>();
        details.forEach((k, v) -> copy.put(k, frozen(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object frozen(Object v) {
        if (v instanceof Map<?, ?> m) {
            return frozenCopy((Map<String, Object>) m);
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(x -> list.add(frozen(x)));
            return Collections.unmodifiableList(list);
        }
        return v;
    }

    private static void checkMap(String where, Map<?, ?> map, int depth, int[] count) {
        if (depth > MAX_DEPTH) {
            throw refuse("The ledger details at '" + where + "' are nested more than " + MAX_DEPTH + " levels deep.");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || key.isEmpty()) {
                throw refuse("A ledger detail key at '" + where + "' is not a non-empty text.");
            }
            checkText("detail key '" + key + "'", key, 100);
            checkValue(where.equals("details") ? key : where + "." + key, e.getValue(), depth, count);
        }
    }

    private static void checkValue(String where, Object v, int depth, int[] count) {
        if (++count[0] > MAX_VALUES) {
            throw refuse("The ledger details hold more than " + MAX_VALUES + " values; record person ids as the entry's "
                    + "person ids and bulk facts as counts.");
        }
        if (v == null) {
            throw refuse("The ledger detail '" + where + "' is empty (null); leave it out instead.");
        } else if (v instanceof Boolean || v instanceof Enum<?>) {
            return;
        } else if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
            throw refuse("The ledger detail '" + where + "' is not a finite number.");
        } else if (v instanceof Number) {
            CanonicalForm.number((Number) v); // refuses number types it cannot write exactly
        } else if (v instanceof String s) {
            checkText("detail '" + where + "'", s, MAX_TEXT);
        } else if (v instanceof Collection<?> c) {
            if (depth >= MAX_DEPTH) {
                throw refuse("The ledger details at '" + where + "' are nested more than " + MAX_DEPTH + " levels deep.");
            }
            for (Object x : c) {
                checkValue(where + "[]", x, depth + 1, count);
            }
        } else if (v instanceof Map<?, ?> m) {
            checkMap(where, m, depth + 1, count);
        } else {
            throw refuse("The ledger detail '" + where + "' is a " + v.getClass().getSimpleName()
                    + "; only numbers, true/false, short codes, lists and maps of these are kept.");
        }
    }

    static void checkText(String what, String s, int max) {
        if (s.isEmpty()) {
            throw refuse("The ledger " + what + " is empty.");
        }
        if (s.length() > max) {
            throw refuse("The ledger " + what + " is longer than " + max + " characters: that is text, not a code or hash." + WHY);
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '@') {
                throw refuse("The ledger " + what + " contains '@', so it may be an email address." + WHY);
            }
            if (Character.isWhitespace(ch)) {
                throw refuse("The ledger " + what + " contains a space, so it may be a name, an address or a note." + WHY);
            }
            if (ch < 0x21 || ch > 0x7E || ch == '"' || ch == '\\') {
                throw refuse("The ledger " + what + " contains the character '" + ch + "' (U+" + String.format("%04X", (int) ch)
                        + "); codes use plain ASCII letters, digits and punctuation other than quotes and backslashes.");
            }
        }
        if (PHONE.matcher(s).matches()) {
            throw refuse("The ledger " + what + " looks like a telephone number." + WHY);
        }
    }

    static HustingsException refuse(String message) {
        return new HustingsException(ErrorCode.REFUSED, message);
    }
}
