package org.hustings.consent;

import java.time.Instant;
import org.hustings.purpose.Channel;

/** One row of a person's consent history, as recorded. */
public record ConsentEntry(long id, long personId, String purpose, Channel channel, ConsentStatus status, Instant givenAt,
                           ConsentMethod method, String sourceCode, Integer wordingVersion, String recordedBy, Instant recordedAt) {
}
