package org.hustings.ingest.data;

/** Per dataset: rows still waiting for the linker (and why), and rows the linker has attached since. */
public record PendingCount(long datasetId, String kind, String file, long pending, long noExactKey, long noMatch, long ambiguous,
                           long attached) {
}
