package org.hustings.provenance;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of a source as loaded: the file, when and by whom, its status and row counts, and
 * each field's annotation (empty for statutory files, whose fields the statute annotates).
 */
public record DatasetView(long id, String kind, String layout, String fileName, String status, long rowsRead, long rowsLoaded,
                          long rowsRejected, String laCode, String loadedBy, Instant loadedAt, List<DeclaredField> fields) {

    public DatasetView {
        fields = List.copyOf(fields);
    }
}
