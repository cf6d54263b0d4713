package org.hustings.gate;

import java.util.List;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** The field rules in the order they are asked; the first refusal wins and is the one reported. */
final class FieldRules {
    static final List<FieldRule> ALL = List.of(
            new ProvenanceRequired(),
            new InferredSpecialCategory(),
            new LawfulBasisValid(),
            new PublicTaskStatutoryOnly(),
            new SourcePermitsPurpose(),
            new StatutoryUse(),
            new SupplierDueDiligence(),
            new SpecialCategoryCondition(),
            new DataMinimisation());

    private FieldRules() {
    }

    /** The first refusal, or {@link Decision#ALLOWED}. */
    static Decision decide(Activity activity, FieldFacts field, Taxonomy taxonomy) {
        for (FieldRule rule : ALL) {
            Decision d = rule.decide(activity, field, taxonomy);
            if (d instanceof Decision.Refused) {
                return d;
            }
        }
        return Decision.ALLOWED;
    }
}
