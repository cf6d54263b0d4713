package org.hustings.ingest.data;

import java.util.List;
import org.hustings.provenance.Nature;

/**
 * One data column: the field it is stored as, its data category from the taxonomy (e.g.
 * {@code political.voting_intention}), whether it is factual or estimated, the type its cells
 * must have, and — when given — the only values allowed (compared ignoring case, stored as listed).
 */
public record FieldColumn(String column, String field, String category, Nature nature, FieldType type, List<String> values) {

    public enum FieldType { TEXT, INTEGER, NUMBER, DATE, BOOLEAN }

    public FieldColumn {
        values = List.copyOf(values == null ? List.of() : values);
        type = type == null ? FieldType.TEXT : type;
    }
}
