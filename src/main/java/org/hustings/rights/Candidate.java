package org.hustings.rights;

import java.time.LocalDate;
import java.util.List;

/**
 * A person who may be the requester: how they appear on the register (or in another dataset when
 * they are not on it), and which of the search terms matched — staff confirm the match.
 */
public record Candidate(long personId, String name, String address, String postcode, LocalDate birthDate, List<String> matched) {

    public Candidate {
        matched = List.copyOf(matched);
    }
}
