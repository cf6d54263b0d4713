package org.hustings.gate;

import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * A named rule deciding whether one field of one source may be released for an activity. Decided
 * once per (source or dataset, field, activity) — never per value — so a read's cost does not grow
 * with the number of rules.
 */
interface FieldRule {
    String name();

    Decision decide(Activity activity, FieldFacts field, Taxonomy taxonomy);
}
