package org.hustings.gate;

/** Receives each released value of a gated read, as it streams from the store. */
@FunctionalInterface
public interface GateSink {
    /** One value of one person: the field's name in its dataset, its data category, and the dataset it came from. */
    void value(long personId, long datasetId, String field, String category, String value);
}
