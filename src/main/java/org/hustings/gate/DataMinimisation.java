package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** An activity gets only the data categories it declares it uses (and their sub-categories). */
final class DataMinimisation implements FieldRule {
    static final String NAME = "data-minimisation";
    static final String LAW = "UK GDPR Art 5(1)(c) data minimisation";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        return taxonomy.withinAny(f.category(), activity.categories()) ? Decision.ALLOWED
                : Decision.refuse(NAME, activity.name().toLowerCase(java.util.Locale.ROOT) + " does not use " + f.category(), LAW);
    }
}
