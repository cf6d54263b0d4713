package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/** A named rule on the activity as a whole; a refusal here releases nothing. */
interface ActivityRule {
    String name();

    Decision decide(Activity activity, boolean dpiaApproved, Taxonomy taxonomy);
}
