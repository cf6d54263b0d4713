package org.hustings.register;

import java.text.Normalizer;
import java.util.Locale;

/** The key as first written (before ADR 0160), kept to prove the faster one gives the same keys.
 *
 * The key that carries a person from one register edition to the next: normalised surname,
 * forenames, address and postcode. Accents are folded ("Zoë" = "Zoe"), punctuation and case
 * ignored ("O'Néill" = "ONEILL"), runs of spaces collapsed, and the postcode compared without its
 * space. Anonymous electors have no key: they cannot be carried and are reported as such.
 */
final class MatchKeyBefore {
    private MatchKeyBefore() {
    }

    /** The key for an entry, or null for an anonymous elector or one with no name. */
    public static String of(RegisterEntry e) {
        if (e.anonymous() || e.surname() == null || e.forenames() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(96);
        b.append(normalise(e.surname())).append('|').append(normalise(e.forenames())).append('|');
        for (String line : e.address()) {
            String n = normalise(line);
            if (!n.isEmpty()) {
                b.append(n).append(' ');
            }
        }
        b.append('|').append(e.postcode() == null ? "" : e.postcode().replace(" ", "").toUpperCase(Locale.ROOT));
        return b.toString();
    }

    /** Upper case, accents folded, letters, digits and single spaces only. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String folded = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    if (space && b.length() > 0) {
                        b.append(' ');
                    }
                    space = false;
                    b.append(Character.toUpperCase(c));
                } else if (c == ' ' || c == '\t' || c == '-' || c == ',' || c == '.') {
                    space = c != '.';
                    if (c == '-') {
                        space = true;
                    }
                }
            } else if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
