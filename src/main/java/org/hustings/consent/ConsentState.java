package org.hustings.consent;

import org.hustings.purpose.Channel;

/** The live state for one person, purpose and channel: the latest record, and whether it is a provable grant. */
public record ConsentState(long personId, String purpose, Channel channel, ConsentStatus status, boolean provable, long consentId) {

    /** Live: granted and provable. */
    public boolean live() {
        return status == ConsentStatus.GRANTED && provable;
    }
}
