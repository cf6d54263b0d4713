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
 * {@code valuesWithheld}: values of permitted fields withheld from those people, per value rule
 * ({@code link-below-minimum}, {@code consent-for-field}). {@code minLinkProbability}: the
 * activity's minimum link probability when it sets one (values linked below it are withheld).
 */
public record GateReport(String activity, String actor, String selection, boolean dryRun, Decision.Refused refusal,
                         List<FieldDecision> fields, long peopleInSelection, long peopleReleased, long valuesReleased,
                         List<RuleCount> peopleRefused, List<RuleCount> valuesWithheld, Double minLinkProbability) {

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

    /** The values count for one value rule, 0 when it withheld nothing. */
    public long valuesWithheldBy(String rule) {
        return valuesWithheld.stream().filter(r -> r.rule().equals(rule)).mapToLong(RuleCount::count).sum();
    }

    /** The people count for one rule, 0 when it refused nobody. */
    public long peopleRefusedBy(String rule) {
        return peopleRefused.stream().filter(r -> r.rule().equals(rule)).mapToLong(RuleCount::count).sum();
    }
}
