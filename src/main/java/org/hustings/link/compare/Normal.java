package org.hustings.link.compare;

import java.util.Locale;
import org.hustings.register.MatchKey;

/** The normal forms shared by several comparisons; all build on {@link MatchKey#normalise}. */
final class Normal {
    private Normal() {
    }

    /** Upper-case letters only (accents folded, spaces, digits and punctuation dropped); null when empty. */
    static String letters(String raw) {
        String n = MatchKey.normalise(raw);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Upper-case words of letters and digits separated by single spaces; null when empty. */
    static String words(String raw) {
        String n = MatchKey.normalise(raw);
        return n.isEmpty() ? null : n;
    }

    /** Lower-case, trimmed; null when empty. */
    static String lower(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /** Digits only; null when there are none. */
    static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
