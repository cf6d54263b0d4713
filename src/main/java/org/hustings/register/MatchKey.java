package org.hustings.register;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that carries a person from one register edition to the next: normalised surname,
 * forenames, address and postcode. Accents are folded ("Zoë" = "Zoe"), punctuation and case
 * ignored ("O'Néill" = "ONEILL"), runs of spaces collapsed, and the postcode compared without its
 * space. Anonymous electors have no key: they cannot be carried and are reported as such.
 *
 * <p>Built once per imported row, so it appends into one builder and classifies ASCII characters
 * by table (ADR 0160); the keys are exactly those of the first, simpler version.
 */
public final class MatchKey {
    /** What an ASCII character does: a letter or digit (its upper case), a space, a dot, or nothing. */
    private static final char SPACE = 1;
    private static final char DOT = 2;
    private static final char IGNORE = 0;
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? Character.toUpperCase(c)
                    : c == ' ' || c == '\t' || c == '-' || c == ',' ? SPACE : c == '.' ? DOT : IGNORE;
        }
    }

    private MatchKey() {
    }

    /** The key for an entry, or null for an anonymous elector or one with no name. */
    public static String of(RegisterEntry e) {
        if (e.anonymous() || e.surname() == null || e.forenames() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(96);
        normalise(e.surname(), b);
        b.append('|');
        normalise(e.forenames(), b);
        b.append('|');
        for (String line : e.address()) {
            if (normalise(line, b)) {
                b.append(' ');
            }
        }
        b.append('|');
        String post = e.postcode();
        if (post != null) {
            if (isAscii(post)) {
                for (int i = 0; i < post.length(); i++) {
                    char c = post.charAt(i);
                    if (c != ' ') {
                        b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
                    }
                }
            } else {
                b.append(post.replace(" ", "").toUpperCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    /** Upper case, accents folded, letters, digits and single spaces only. */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s == null ? 0 : s.length());
        normalise(s, b);
        return b.toString();
    }

    /** Appends the normalised form of {@code s} to {@code b}; true if it appended anything. */
    private static boolean normalise(String s, StringBuilder b) {
        if (s == null) {
            return false;
        }
        String folded = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        int start = b.length();
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char kind;
            if (c < 128) {
                kind = ASCII[c];
            } else {
                kind = Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : IGNORE;
            }
            if (kind == SPACE) {
                space = true;
            } else if (kind == DOT) {
                space = false;
            } else if (kind != IGNORE) {
                if (space && b.length() > start) {
                    b.append(' ');
                }
                space = false;
                b.append(kind);
            }
        }
        return b.length() > start;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
