package org.hustings.gate;

import org.hustings.provenance.StatutorySource;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * The statutes limit what their data may be used for, whatever a source's configuration says: the
 * full register only for electoral purposes and donation permissibility checks (RPR 2001 regs
 * 103-105, 114-115), the marked register only for electoral purposes or research (reg 117),
 * absent voters lists only for electoral purposes.
 */
final class StatutoryUse implements FieldRule {
    static final String NAME = "statutory-use";

    public String name() {
        return NAME;
    }

    public Decision decide(Activity activity, FieldFacts f, Taxonomy taxonomy) {
        if (f.statute() == null) {
            return Decision.ALLOWED;
        }
        StatutorySource spec = taxonomy.statute(f.statute()).orElse(null);
        if (spec == null) {
            return Decision.refuse(NAME, "the source names an unknown statute '" + f.statute() + "'",
                    "Representation of the People Regulations 2001");
        }
        if (spec.allowedUse().contains(activity.use().code())) {
            return Decision.ALLOWED;
        }
        String law = switch (f.statute()) {
            case "register" -> "Representation of the People Regulations 2001 regs 103-105 and 114-115";
            case "marked_register" -> "Representation of the People Regulations 2001 reg 117";
            default -> "Representation of the People Regulations 2001";
        };
        return Decision.refuse(NAME, "the " + spec.name().toLowerCase(java.util.Locale.ROOT) + " may be used only for "
                + String.join(" or ", spec.allowedUse().stream().sorted().map(u -> u.replace('_', ' ')).toList())
                + " purposes, and " + activity.name().toLowerCase(java.util.Locale.ROOT) + " is not one", law);
    }
}
