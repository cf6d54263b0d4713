package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** The activity itself must rest on a recognised Article 6(1) basis. */
final class ActivityBasisKnown implements ActivityRule {
    static final String NAME = "activity-basis";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity a, boolean dpiaApproved, Taxonomy taxonomy) {
        return taxonomy.article6(a.article6()).isPresent() ? Decision.ALLOWED
                : Decision.refuse(NAME, a.name() + " names '" + a.article6() + "', which is not a lawful basis", "UK GDPR Art 6(1)");
    }
}
