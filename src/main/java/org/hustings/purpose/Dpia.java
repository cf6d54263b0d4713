package org.hustings.purpose;

import java.time.Instant;

/**
 * One DPIA for one activity: drafted, then approved or rejected. {@code decidedBy}/{@code decidedAt}
 * say who recorded the decision and when; {@code signOff}, when given, who signed it off, on which
 * day, and the document's reference.
 */
public record Dpia(long id, String activity, DpiaStatus status, String summary, String draftedBy, Instant draftedAt,
                   String decidedBy, Instant decidedAt, DpiaSignOff signOff) {
}
