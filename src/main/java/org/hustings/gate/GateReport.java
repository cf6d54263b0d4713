package org.hustings.gate;

import java.util.List;

/**
 * What a gated read released and what it refused, and why. {@code refusal} is set when the whole
 * activity was refused (e.g. no approved DPIA) — then nothing was released. Counts only: a report
 * never holds personal values (example person ids are internal ids, given only when asked for).
 *
 * <p>{@code peopleInSelection} excludes erased people, who do not exist for any use.
 * {@code peopleReleased}: after a read, the people at least one value was released for; after a
 * dry run, the people no person rule refuses (whether they hold a permitted value or not).
 */
public record GateReport(String activity, String actor, String selection, boolean dryRun, Decision.Refused refusal,
                         List<FieldDecision> fields, long peopleInSelection, long peopleReleased, long valuesReleased,
                         List<RuleCount> peopleRefused, List<RuleCount> valuesWithheld) {

    public GateReport {
        fields = List.copyOf(fields);
        peopleRefused = List.copyOf(peopleRefused);
        valuesWithheld = List.copyOf(valuesWithheld);
    }

    public boolean refused() {
        return refusal != null;
    }

    public List<FieldDecision> permittedFields() {
        return fields.stream().filter(FieldDecision::permitted).toList();
    }

    public List<FieldDecision> refusedFields() {
        return fields.stream().filter(f -> !f.permitted()).toList();
    }

    /** The people count for one rule, 0 when it refused nobody. */
    public long peopleRefusedBy(String rule) {
        return peopleRefused.stream().filter(r -> r.rule().equals(rule)).mapToLong(RuleCount::count).sum();
    }
}
