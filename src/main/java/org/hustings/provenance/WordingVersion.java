package org.hustings.provenance;

import java.time.Instant;

/** One version of a source's notice or consent wording, kept for good: a consent is provable only with the words shown. */
public record WordingVersion(int version, WordingKind kind, String text, Instant effectiveFrom, String recordedBy, Instant recordedAt) {
}
