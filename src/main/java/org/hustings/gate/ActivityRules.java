package org.hustings.gate;

import java.util.List;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** The activity rules in the order they are asked; the first refusal wins. */
final class ActivityRules {
    static final List<ActivityRule> ALL = List.of(new ActivityBasisKnown(), new DpiaApproved(), new ElectronicMarketingConsent());

    private ActivityRules() {
    }

    static Decision first(Activity activity, boolean dpiaApproved, Taxonomy taxonomy) {
        for (ActivityRule rule : ALL) {
            Decision d = rule.decide(activity, dpiaApproved, taxonomy);
            if (d instanceof Decision.Refused) {
                return d;
            }
        }
        return Decision.ALLOWED;
    }
}
