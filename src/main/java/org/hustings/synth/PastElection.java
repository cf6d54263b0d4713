package org.hustings.synth;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A past election whose marked register and absent-voter lists the generator writes.
 *
 * @param name the election as the ERO names it, e.g. "UK Parliamentary general election"
 * @param held polling day
 */
public record PastElection(String name, LocalDate held) {

    public PastElection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(held, "held");
    }

    /**
     * Whether this is a UK Parliamentary election: then EU citizens (G, B) and peers (L) have no
     * vote, overseas electors (F) do; at other elections F has no vote (Representation of the
     * People Act 1983 ss 1-2, as the register markers record).
     */
    public boolean ukParliamentary() {
        String n = name.toLowerCase(Locale.ROOT);
        boolean devolved = n.contains("scottish") || n.contains("senedd") || n.contains("assembly");
        return !devolved && (n.contains("parliament") || n.contains("general election") || n.contains("by-election"));
    }
}
