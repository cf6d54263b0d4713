package org.hustings.purpose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DataCategory;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Taxonomy;

/**
 * Checks an activity definition against the taxonomy and the law, reporting every problem together,
 * each naming the field at fault as the API and the web form spell it.
 */
final class ActivityChecks {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private ActivityChecks() {
    }

    /** The problems found, each with the field it is about (null when no one field is). */
    static final class Problems {
        private final List<FieldProblems.Problem> list = new ArrayList<>();

        void add(String reason) {
            add(null, reason);
        }

        void add(String field, String reason) {
            list.add(new FieldProblems.Problem(field, reason));
        }

        List<FieldProblems.Problem> list() {
            return List.copyOf(list);
        }
    }

    static List<String> problems(Taxonomy taxonomy, Activity a) {
        return fieldProblems(taxonomy, a).stream().map(FieldProblems.Problem::reason).toList();
    }

    static List<FieldProblems.Problem> fieldProblems(Taxonomy taxonomy, Activity a) {
        Problems out = new Problems();
        if (a.code() == null || !CODE.matcher(a.code()).matches()) {
            out.add("code", "the code '" + a.code() + "' must be lower-case letters, digits and '_' (at most 60).");
        }
        if (blank(a.name())) {
            out.add("name", "the name is needed for the Article 30 record.");
        }
        if (blank(a.description())) {
            out.add("description", "the description is needed for the Article 30 record (UK GDPR Art 30(1)(b)).");
        }
        if (blank(a.retention())) {
            out.add("retention", "the retention is needed for the Article 30 record (UK GDPR Art 30(1)(f)).");
        }
        if (a.use() == null || a.channel() == null) {
            out.add("the class of use and the channel are both needed.");
        }
        if (a.article6() == null || taxonomy.article6(a.article6()).isEmpty()) {
            out.add("article6", "'" + a.article6() + "' is not an Article 6(1) lawful basis.");
        } else {
            basisProblems(taxonomy, a.article6(), a.use(), a.channel(), a.directMarketing()).forEach(p -> out.add("article6", p));
        }
        Article9Condition condition = a.article9() == null ? null : taxonomy.article9(a.article9()).orElse(null);
        if (a.article9() != null && condition == null) {
            out.add("article9", "'" + a.article9() + "' is not an Article 9(2) condition.");
        }
        if (a.minLinkProbability() != null && !validMinimum(a.minLinkProbability())) {
            out.add("the minimum link probability must be above 0 and at most 1, not " + a.minLinkProbability() + ".");
        }
        if (a.categories().isEmpty()) {
            out.add("categories", "name the data categories the activity uses (UK GDPR Art 5(1)(c), Art 30(1)(c)).");
        }
        for (String key : a.categories()) {
            DataCategory category = taxonomy.category(key).orElse(null);
            if (category == null) {
                out.add("categories", "'" + key + "' is not a data category in the taxonomy.");
            } else if (category.special() && !category.neverReleased() && (condition == null || !taxonomy.covers(condition, key))) {
                out.add("article9", "the activity uses special category data '" + key
                        + "' without an Article 9 condition that covers it (UK GDPR Art 9(1)).");
            } else if (category.neverReleased()) {
                out.add("categories", "'" + key + "' is never released (" + category.law() + ").");
            }
        }
        return out.list();
    }

    /**
     * Why an Article 6 basis cannot be used for an activity of this kind; empty when it can. Used to
     * check a definition and to offer only the bases that fit (the web form does not offer public
     * task outside electoral law, nor anything but consent for marketing by email or text).
     */
    static List<String> basisProblems(Taxonomy taxonomy, String article6, UseClass use, Channel channel, boolean directMarketing) {
        List<String> out = new ArrayList<>();
        LawfulBasis basis = taxonomy.article6(article6).orElse(null);
        if (basis == null) {
            out.add("'" + article6 + "' is not an Article 6(1) lawful basis.");
            return out;
        }
        // PECR reg 22: electronic marketing needs prior consent; parties cannot use the soft opt-in.
        if (directMarketing && channel != null && channel.electronicMail() && !basis.consentBased()) {
            out.add("marketing by " + channel.code() + " needs consent as its basis (PECR reg 22: parties have no soft opt-in).");
        }
        // UK GDPR Art 6(1)(e) and 6(3): public task needs a task laid down in law. A party's electoral activity has one
        // (democratic engagement, DPA 2018 s.8(e); the register's supply, RPR 2001), as have donation checks (PPERA 2000
        // s.56); membership, casework, research and anything else do not.
        if (basis.statutoryOnly() && use != UseClass.ELECTORAL && use != UseClass.DONATION_CHECK) {
            out.add("\"public task\" (UK GDPR Art 6(1)(e)) needs a task laid down in law (Art 6(3)); only electoral activities "
                    + "(DPA 2018 s.8(e)) and donation checks (PPERA 2000 s.56) have one, not " + (use == null ? "this activity"
                    : use.code().replace('_', ' ')) + ".");
        }
        return out;
    }

    static void require(Taxonomy taxonomy, Activity a) {
        List<FieldProblems.Problem> problems = fieldProblems(taxonomy, a);
        if (!problems.isEmpty()) {
            throw new FieldProblems(ErrorCode.REFUSED, "Processing activity '" + a.code() + "'", problems);
        }
    }

    /** A minimum link probability is a probability above 0 (0 would be no minimum) and at most 1. */
    static boolean validMinimum(double m) {
        return m > 0 && m <= 1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
