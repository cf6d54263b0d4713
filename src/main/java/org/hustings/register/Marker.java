package org.hustings.register;

import java.util.Optional;

/**
 * Elector markers as printed on the register (REGISTER-FORMATS.md; Representation of the
 * People Regulations 2001). Letters not listed here are kept verbatim and reported on import.
 */
public enum Marker {
    N("Anonymous elector: the register shows the number and N only, never a name or address."),
    F("Overseas elector: may vote at UK Parliamentary elections only."),
    M("Qualifying foreign national, or (in Scotland) a short-sentence prisoner."),
    L("Peer: may vote at local and Scottish Parliament elections only."),
    G("EU citizen (in England changed to B after the eligibility review)."),
    B("EU citizen with retained rights after the eligibility review."),
    K("Historic marker: EU citizen who could vote at Scottish Parliament elections."),
    E("Historic marker: European Parliament franchise only."),
    Z("Vendor-specific marker: meaning varies, often aged 76 or over (no jury service). Confirm with the ERO.");

    private final String meaning;

    Marker(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Marker> of(char letter) {
        char c = Character.toUpperCase(letter);
        for (Marker m : values()) {
            if (m.name().charAt(0) == c) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
