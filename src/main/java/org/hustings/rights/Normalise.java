package org.hustings.rights;

import java.text.Normalizer;
import java.util.Locale;

/** The normal forms identifiers are compared and hashed in: names and addresses by letters and digits, postcodes without spaces. */
final class Normalise {
    private Normalise() {
    }

    /** Upper case, accents removed, only letters and digits and single spaces. {@code "  O'Brien-Smith "} → {@code "OBRIENSMITH"}. */
    static String name(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", "").replaceAll("\\s+", " ").trim();
    }

    static String postcode(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String email(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, a leading UK 44 turned into 0: {@code "+44 (0)1632 960 001"} and {@code "01632960001"} agree. */
    static String phone(String s) {
        if (s == null) {
            return "";
        }
        String d = s.replaceAll("\\(0\\)", "").replaceAll("[^0-9]", "");
        if (d.startsWith("44")) {
            d = "0" + d.substring(2);
        }
        return d;
    }
}
