package org.hustings.gate;

import java.util.List;

/**
 * The gate's decision on one field (by name and category) for the sources that hold it: permitted
 * ({@code refusal} null) or refused by the first rule that rejects it. {@code values}: how many
 * values were (or, in a dry run, would be) released — or, for a refused attribute field, withheld;
 * null where not counted.
 */
public record FieldDecision(String field, String category, Decision.Refused refusal, List<String> sources, Long values) {

    public FieldDecision {
        sources = List.copyOf(sources);
    }

    public boolean permitted() {
        return refusal == null;
    }
}
