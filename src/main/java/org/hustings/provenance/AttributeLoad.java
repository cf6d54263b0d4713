package org.hustings.provenance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * A bulk load of non-register values into {@code attribute_value} for one declared dataset, in
 * the caller's transaction. A value for a field the dataset did not declare is refused: nothing is
 * stored without provenance. {@code personId} and {@code linkProbability} may be null until linked.
 */
public final class AttributeLoad implements AutoCloseable {
    static final List<String> COLUMNS = List.of("dataset_id", "line_no", "field", "value", "person_id", "link_probability");
    private final long datasetId;
    private final Map<String, DeclaredField> fields;
    private final BulkLoad load;

    private AttributeLoad(long datasetId, Map<String, DeclaredField> fields, BulkLoad load) {
        this.datasetId = datasetId;
        this.fields = fields;
        this.load = load;
    }

    static AttributeLoad open(Store store, Connection c, long datasetId, List<DeclaredField> declared) throws SQLException {
        if (declared.isEmpty()) {
            throw new HustingsException(ErrorCode.REFUSED, "Dataset " + datasetId
                    + " has no declared fields; declare it with its field annotations before storing values.");
        }
        Map<String, DeclaredField> byName = declared.stream().collect(Collectors.toMap(DeclaredField::field, Function.identity()));
        return new AttributeLoad(datasetId, byName, store.bulkLoad(c, "attribute_value", COLUMNS));
    }

    /** Adds one value from line {@code lineNo} of the file. */
    public void value(long lineNo, String field, String value, Long personId, Double linkProbability) {
        if (!fields.containsKey(field)) {
            throw new HustingsException(ErrorCode.REFUSED, "Field '" + field + "' was not declared for dataset " + datasetId
                    + " (declared: " + fields.keySet().stream().sorted().toList() + "); nothing is stored without provenance.");
        }
        if (linkProbability != null && (linkProbability < 0 || linkProbability > 1)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A link probability must lie between 0 and 1, not " + linkProbability + ".");
        }
        load.row(datasetId, lineNo, field, value, personId, linkProbability);
    }

    /** Loads the values; returns how many. */
    public long finish() {
        return load.finish();
    }

    @Override
    public void close() {
        load.close();
    }
}
