package org.hustings.consent;

import java.time.Instant;
import org.hustings.purpose.Channel;

/**
 * A consent given or withdrawn by one person for one purpose on one channel: when, how, and the
 * exact wording shown (a version of the collecting source's consent wording). A grant missing any
 * of these is stored — history is never lost — but is not provable, so it does not count (UK GDPR
 * Art 7(1): the controller must be able to demonstrate consent).
 */
public record ConsentRecord(long personId, String purpose, Channel channel, ConsentStatus status, Instant givenAt,
                            ConsentMethod method, String sourceCode, Integer wordingVersion) {

    public static ConsentRecord grant(long personId, String purpose, Channel channel, Instant givenAt, ConsentMethod method,
                                      String sourceCode, Integer wordingVersion) {
        return new ConsentRecord(personId, purpose, channel, ConsentStatus.GRANTED, givenAt, method, sourceCode, wordingVersion);
    }

    public static ConsentRecord withdraw(long personId, String purpose, Channel channel, Instant when, ConsentMethod method) {
        return new ConsentRecord(personId, purpose, channel, ConsentStatus.WITHDRAWN, when, method, null, null);
    }
}
