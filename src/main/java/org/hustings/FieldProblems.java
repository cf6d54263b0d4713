package org.hustings;

import java.util.List;

/**
 * A refusal whose reasons each name the field at fault, spelt as the JSON API, the declaration file
 * and the web forms spell it (e.g. {@code collectionMethod}, {@code article6}). The message lists
 * every reason, so the command line shows them all; the web also names the fields.
 */
public class FieldProblems extends HustingsException {
    /** One reason; {@code field} is null when no single field is at fault. */
    public record Problem(String field, String reason) { }

    private final transient List<Problem> problems;

    public FieldProblems(ErrorCode code, String what, List<Problem> problems) {
        super(code, what + " was refused:\n  - " + String.join("\n  - ", problems.stream().map(Problem::reason).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first field named, or null. */
    public String firstField() {
        return problems.stream().map(Problem::field).filter(f -> f != null).findFirst().orElse(null);
    }
}
