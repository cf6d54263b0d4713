package org.hustings.gate;

import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** Marketing by email or text needs each person's consent; political parties have no soft opt-in. */
final class ElectronicMarketingConsent implements ActivityRule {
    static final String NAME = "electronic-marketing-consent";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity a, boolean dpiaApproved, Taxonomy taxonomy) {
        boolean consent = taxonomy.article6(a.article6()).map(LawfulBasis::consentBased).orElse(false);
        return !a.directMarketing() || !a.channel().electronicMail() || consent ? Decision.ALLOWED
                : Decision.refuse(NAME, "marketing by " + a.channel().code() + " needs each person's consent and "
                        + a.name() + " does not rest on consent", "PECR reg 22");
    }
}
