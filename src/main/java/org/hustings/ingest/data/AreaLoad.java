package org.hustings.ingest.data;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Loads area statistics (keyed by postcode, sector, output area, LSOA or ward) into
 * {@code area_value} in one streaming pass: about places, not people, so nothing is attached.
 * Only fields the dataset declared (with provenance) are stored.
 */
final class AreaLoad {
    private static final List<String> COLUMNS = List.of("dataset_id", "line_no", "area_kind", "area_code", "field", "value");

    private AreaLoad() {
    }

    record Result(ReadSummary summary, long values) { }

    static Result load(Store store, Connection c, long datasetId, Set<String> declared, SourceFile file, DataMapping mapping,
                       ProblemSink problems) throws java.sql.SQLException {
        long[] n = {0};
        String kind = mapping.area().kind().code();
        try (BulkLoad load = store.bulkLoad(c, "area_value", COLUMNS)) {
            ReadSummary summary = DataReader.read(file, mapping, row -> row.values().forEach((field, value) -> {
                if (!declared.contains(field)) {
                    throw new HustingsException(ErrorCode.REFUSED, "Field '" + field + "' was not declared for dataset " + datasetId
                            + "; nothing is stored without provenance.");
                }
                load.row(datasetId, row.line(), kind, row.areaCode(), field, value);
                n[0]++;
            }), problems);
            load.finish();
            return new Result(summary, n[0]);
        }
    }
}
