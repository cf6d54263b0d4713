package org.hustings.gate;

import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** Bought data and data from processors is used only once due diligence on the supplier has passed and is recorded. */
final class SupplierDueDiligence implements FieldRule {
    static final String NAME = "supplier-due-diligence";
    static final String LAW = "UK GDPR Art 5(2) accountability and Art 28(1)";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        boolean needsCheck = f.kind() == SourceKind.COMMERCIAL || f.supplierRole() == SupplierRole.BROKER
                || f.supplierRole() == SupplierRole.PROCESSOR;
        if (needsCheck && f.dueDiligence() != DueDiligence.PASSED) {
            return Decision.refuse(NAME, "the source's supplier has no passed due-diligence check on record ("
                    + (f.dueDiligence() == null ? "none" : f.dueDiligence().code().replace('_', ' ')) + ")", LAW);
        }
        return Decision.ALLOWED;
    }
}
