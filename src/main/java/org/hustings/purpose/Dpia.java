package org.hustings.purpose;

import java.time.Instant;

/** One DPIA for one activity: drafted, then approved or rejected by a named person. */
public record Dpia(long id, String activity, DpiaStatus status, String summary, String draftedBy, Instant draftedAt,
                   String decidedBy, Instant decidedAt) {
}
