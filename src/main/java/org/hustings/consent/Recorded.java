package org.hustings.consent;

import java.util.List;

/** The outcome of recording a consent: its id, and for a grant whether it is provable and, if not, what is missing. */
public record Recorded(long consentId, ConsentStatus status, boolean provable, List<String> missing) {

    public Recorded {
        missing = List.copyOf(missing);
    }
}
