package org.hustings.purpose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DataCategory;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Taxonomy;

/** Checks an activity definition against the taxonomy and the law, reporting every problem together. */
final class ActivityChecks {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private ActivityChecks() {
    }

    static List<String> problems(Taxonomy taxonomy, Activity a) {
        List<String> out = new ArrayList<>();
        if (a.code() == null || !CODE.matcher(a.code()).matches()) {
            out.add("the code '" + a.code() + "' must be lower-case letters, digits and '_' (at most 60).");
        }
        if (blank(a.name()) || blank(a.description()) || blank(a.retention())) {
            out.add("the name, description and retention are all needed for the Article 30 record.");
        }
        if (a.use() == null || a.channel() == null) {
            out.add("the class of use and the channel are both needed.");
        }
        LawfulBasis basis = taxonomy.article6(a.article6()).orElse(null);
        if (basis == null) {
            out.add("'" + a.article6() + "' is not an Article 6(1) lawful basis.");
        }
        Article9Condition condition = a.article9() == null ? null : taxonomy.article9(a.article9()).orElse(null);
        if (a.article9() != null && condition == null) {
            out.add("'" + a.article9() + "' is not an Article 9(2) condition.");
        }
        // PECR reg 22: electronic marketing needs prior consent; parties cannot use the soft opt-in.
        if (a.directMarketing() && a.channel() != null && a.channel().electronicMail() && (basis == null || !basis.consentBased())) {
            out.add("marketing by " + a.channel().code() + " needs consent as its basis (PECR reg 22: parties have no soft opt-in).");
        }
        if (a.categories().isEmpty()) {
            out.add("name the data categories the activity uses (UK GDPR Art 5(1)(c), Art 30(1)(c)).");
        }
        for (String key : a.categories()) {
            DataCategory category = taxonomy.category(key).orElse(null);
            if (category == null) {
                out.add("'" + key + "' is not a data category in the taxonomy.");
            } else if (category.special() && !category.neverReleased() && (condition == null || !taxonomy.covers(condition, key))) {
                out.add("the activity uses special category data '" + key + "' without an Article 9 condition that covers it (UK GDPR Art 9(1)).");
            } else if (category.neverReleased()) {
                out.add("'" + key + "' is never released (" + category.law() + ").");
            }
        }
        return out;
    }

    static void require(Taxonomy taxonomy, Activity a) {
        List<String> problems = problems(taxonomy, a);
        if (!problems.isEmpty()) {
            throw new HustingsException(ErrorCode.REFUSED, "Processing activity '" + a.code() + "' was refused:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
