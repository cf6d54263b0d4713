package org.hustings.gate;

import java.util.List;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** A named rule on the activity as a whole; a refusal here releases nothing. */
interface ActivityRule {
    String name();

    Decision decide(Activity activity, boolean dpiaApproved, Taxonomy taxonomy);

    List<ActivityRule> ALL = List.of(new BasisKnown(), new DpiaApproved(), new ElectronicMarketingConsent());

    static Decision first(Activity activity, boolean dpiaApproved, Taxonomy taxonomy) {
        for (ActivityRule rule : ALL) {
            Decision d = rule.decide(activity, dpiaApproved, taxonomy);
            if (d instanceof Decision.Refused) {
                return d;
            }
        }
        return Decision.ALLOWED;
    }

    /** The activity itself must rest on a recognised Article 6(1) basis. */
    final class BasisKnown implements ActivityRule {
        static final String NAME = "activity-basis";

        public String name() {
            return NAME;
        }

        public Decision decide(Activity a, boolean dpiaApproved, Taxonomy taxonomy) {
            return taxonomy.article6(a.article6()).isPresent() ? Decision.ALLOWED
                    : Decision.refuse(NAME, a.name() + " names '" + a.article6() + "', which is not a lawful basis", "UK GDPR Art 6(1)");
        }
    }

    /** An activity that needs a DPIA (e.g. profiling, large-scale special category data) runs only once one is approved. */
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

    /** Marketing by email or text needs consent; political parties have no soft opt-in. */
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
}
