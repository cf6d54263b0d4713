package org.hustings.provenance;

import java.time.Instant;

/** The text of a notice or consent request as shown at collection, and when it took effect. */
public record Wording(WordingKind kind, String text, Instant effectiveFrom) {
}
