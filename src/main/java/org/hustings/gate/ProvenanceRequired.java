package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** Nothing is used without provenance: a source without its supplier, method and retention recorded releases nothing. */
final class ProvenanceRequired implements FieldRule {
    static final String NAME = "provenance-required";
    static final String LAW = "UK GDPR Art 5(2) accountability";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        return f.provenance() ? Decision.ALLOWED
                : Decision.refuse(NAME, "the source has no recorded provenance (supplier, collection method, retention)", LAW);
    }
}
