package org.hustings.gate;

import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * "Public task" is valid only for data whose task a law lays down — the register, the marked
 * register and absent voters lists — never for bought or collected data (the regulator found
 * parties claiming it for both).
 */
final class PublicTaskStatutoryOnly implements FieldRule {
    static final String NAME = "public-task-statutory-only";
    static final String LAW = "UK GDPR Art 6(1)(e) and 6(3)";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        boolean statutoryOnly = taxonomy.article6(f.article6()).map(LawfulBasis::statutoryOnly).orElse(false);
        if (statutoryOnly && (f.kind() != SourceKind.STATUTORY_REGISTER || f.statute() == null)) {
            return Decision.refuse(NAME, "the source claims public task, which is valid only for data a law "
                    + "supplies (the electoral register, marked register, absent voters lists), never for bought or collected data", LAW);
        }
        return Decision.ALLOWED;
    }
}
