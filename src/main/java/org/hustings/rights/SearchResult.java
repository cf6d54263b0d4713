package org.hustings.rights;

import java.util.List;

/** People who may be the requester, most terms matched first, and unlinked rows that matched, for review. */
public record SearchResult(List<Candidate> people, List<UnlinkedRow> unlinked) {

    public SearchResult {
        people = List.copyOf(people);
        unlinked = List.copyOf(unlinked);
    }
}
