package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** A source's data is used only on a recognised Article 6(1) basis. */
final class LawfulBasisValid implements FieldRule {
    static final String NAME = "lawful-basis";
    static final String LAW = "UK GDPR Art 6(1)";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        return taxonomy.article6(f.article6()).isPresent() ? Decision.ALLOWED
                : Decision.refuse(NAME, "the source claims '" + f.article6() + "', which is not a lawful basis", LAW);
    }
}
