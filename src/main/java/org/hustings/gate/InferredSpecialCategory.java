package org.hustings.gate;

import org.hustings.provenance.DataCategory;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * Estimated ethnicity or religion inferred from names is never released: no Art 9(2) condition
 * covers it (the regulator found parties holding exactly this). The taxonomy marks such categories.
 */
final class InferredSpecialCategory implements FieldRule {
    static final String NAME = "inferred-special-category";
    static final String LAW = "UK GDPR Art 9(1); ICO audit of political parties, 2020";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        DataCategory c = taxonomy.category(f.category()).orElse(null);
        if (c != null && c.neverReleased()) {
            return Decision.refuse(NAME, c.name().toLowerCase(java.util.Locale.ROOT)
                    + " is special category data that no Article 9 condition covers; it is never released", LAW);
        }
        return Decision.ALLOWED;
    }
}
