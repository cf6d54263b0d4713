package org.hustings.gate;

/** One released value, as collected by {@link Gate#readAll}. */
public record GatedValue(long personId, long datasetId, String field, String category, String value) {
}
