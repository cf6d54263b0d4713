package org.hustings.rights;

import java.time.LocalDate;

/**
 * An identity check: how, what evidence was seen (described, never a copy of the document), and
 * the day the evidence arrived, which is when the clock starts (UK GDPR Art 12(3) and 12(6)).
 */
public record IdentityCheck(IdentityMethod method, String evidence, LocalDate receivedOn) {
}
