package org.hustings.rights;

/** A row of a non-register dataset that matched the search but is linked to nobody: listed for staff to review. */
public record UnlinkedRow(long datasetId, long lineNo, String field) {
}
