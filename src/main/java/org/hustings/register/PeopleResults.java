package org.hustings.register;

import java.util.List;

/**
 * One page of people found on the current register, in name order (surname, forenames, address,
 * then entry). {@code next} is the {@code after} value of the following page — the register entry
 * this page ended with — or null when this is the last page.
 */
public record PeopleResults(List<FoundPerson> people, Long next) {

    public PeopleResults {
        people = List.copyOf(people);
    }

    public boolean more() {
        return next != null;
    }
}
