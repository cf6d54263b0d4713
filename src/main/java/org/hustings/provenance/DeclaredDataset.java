package org.hustings.provenance;

import java.util.List;

/** The outcome of declaring a dataset: its id and each field as stored, with any field that will never be released flagged. */
public record DeclaredDataset(long datasetId, long sourceId, List<DeclaredField> fields) {

    public DeclaredDataset {
        fields = List.copyOf(fields);
    }
}
