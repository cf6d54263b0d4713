package org.hustings.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * "Other electors": people registered by a declaration of local connection (no fixed address,
 * and the like), listed with no address at the end of their polling district.
 */
final class OtherElectors {
    private OtherElectors() {
    }

    static List<Person> of(SynthSpec spec, DistrictPlan plan) {
        SplittableRandom r = Seeds.rng(spec.seed(), Seeds.OTHERS, plan.index, 0);
        PersonDraw draw = new PersonDraw(spec.edition());
        List<Person> out = new ArrayList<>(plan.otherElectors);
        for (int k = 0; k < plan.otherElectors; k++) {
            Person p = new Person(plan.code + "/other/" + k, List.of(), null);
            draw.adult(r, p, draw.names.surname(r), r.nextBoolean());
            if (p.anonymous()) {
                p.markers = "";
            }
            p.inFirst = true;
            p.inNext = true;
            if (r.nextDouble() < Rates.HOUSEHOLD_MOVES + Rates.PERSON_LEAVES) {
                p.deletedMonth = 1 + r.nextInt(11);
                p.inNext = false;
            }
            out.add(p);
        }
        return out;
    }
}
