package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** An activity that needs a DPIA (profiling, large-scale special category data) runs only once one is approved. */
final class DpiaApproved implements ActivityRule {
    static final String NAME = "dpia-approved";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity a, boolean dpiaApproved, Taxonomy taxonomy) {
        return !a.dpiaRequired() || dpiaApproved ? Decision.ALLOWED
                : Decision.refuse(NAME, a.name() + " needs a data protection impact assessment and none is approved", "UK GDPR Art 35(1) and 35(3)");
    }
}
