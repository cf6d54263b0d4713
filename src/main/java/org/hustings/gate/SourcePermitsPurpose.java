package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** A field is usable for an activity only if its source permits that purpose (purpose limitation). */
final class SourcePermitsPurpose implements FieldRule {
    static final String NAME = "source-permits-purpose";
    static final String LAW = "UK GDPR Art 5(1)(b) purpose limitation";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        return f.purposes().contains(activity.code()) ? Decision.ALLOWED
                : Decision.refuse(NAME, "the source was not collected for " + activity.name().toLowerCase(java.util.Locale.ROOT)
                        + " and does not permit it", LAW);
    }
}
