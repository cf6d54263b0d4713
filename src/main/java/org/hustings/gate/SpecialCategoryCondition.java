package org.hustings.gate;

import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DataCategory;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * A special category field needs an Article 9(2) condition on its source that covers it: political
 * opinions held by a registered party under Art 9(2)(g) with DPA 2018 Sch 1 para 22, otherwise
 * explicit consent (Art 9(2)(a), checked per person). No condition, no release.
 */
final class SpecialCategoryCondition implements FieldRule {
    static final String NAME = "special-category-condition";
    static final String LAW = "UK GDPR Art 9(1)-(2); DPA 2018 Sch 1 para 22";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        DataCategory category = taxonomy.category(f.category()).orElse(null);
        boolean special = f.special() || (category != null && category.special());
        if (!special) {
            return Decision.ALLOWED;
        }
        String what = category == null ? f.category() : category.name().toLowerCase(java.util.Locale.ROOT);
        if (f.releaseBlock() != null) {
            return Decision.refuse(NAME, what + " is stored flagged \"" + f.releaseBlock() + "\"", LAW);
        }
        Article9Condition condition = taxonomy.article9(f.article9()).orElse(null);
        if (condition == null) {
            return Decision.refuse(NAME, what + " is special category data and the source has no Article 9 condition — no condition, no processing", LAW);
        }
        if (!taxonomy.covers(condition, f.category())) {
            return Decision.refuse(NAME, condition.cited() + " does not cover " + what, LAW);
        }
        return Decision.ALLOWED;
    }
}
