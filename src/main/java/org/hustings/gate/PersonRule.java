package org.hustings.gate;

import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * The rules on people, in the order they are asked (first refusal wins). Each is applied set-based
 * in SQL — a flag in {@code person_flag} or the live state in {@code consent_state} — never per
 * value in Java. Erased people are not counted at all: for every use they do not exist.
 */
enum PersonRule {
    ERASED("erased", PersonFlag.ERASED, "the person was erased and does not exist for any use", "UK GDPR Art 17"),
    RESTRICTED("restricted", PersonFlag.RESTRICTED, "the person restricted processing, which removes them from every use", "UK GDPR Art 18(1)"),
    OBJECTED_MARKETING("objected-direct-marketing", PersonFlag.OBJECTED_MARKETING,
            "the person objected to direct marketing, which is absolute", "UK GDPR Art 21(2)-(3)"),
    OBJECTED_PROFILING("objected-profiling", PersonFlag.OBJECTED_PROFILING,
            "the person objected to profiling, which removes them from modelling", "UK GDPR Art 21(1)"),
    DO_NOT_CONTACT("do-not-contact", PersonFlag.DO_NOT_CONTACT, "the person must not be contacted", "UK GDPR Art 17(3) and Art 21"),
    CONSENT_NOT_PROVABLE("consent-not-provable", null,
            "the person's consent for this purpose and channel lacks its time, method or wording, so it cannot be relied on", "UK GDPR Art 7(1)"),
    NO_CONSENT("consent-required", null, "the person has no live consent for this purpose and channel", "UK GDPR Art 6(1)(a); PECR reg 22");

    final String ruleName;
    final PersonFlag flag;
    final String reason;
    final String law;

    PersonRule(String ruleName, PersonFlag flag, String reason, String law) {
        this.ruleName = ruleName;
        this.flag = flag;
        this.reason = reason;
        this.law = law;
    }

    /** Whether this rule applies to an activity at all. */
    boolean appliesTo(Activity a, Taxonomy taxonomy) {
        return switch (this) {
            case ERASED, RESTRICTED -> true;
            case OBJECTED_MARKETING -> a.directMarketing();
            case OBJECTED_PROFILING -> a.profiling();
            case DO_NOT_CONTACT -> a.channel().contacts();
            case CONSENT_NOT_PROVABLE, NO_CONSENT -> consentRequired(a, taxonomy);
        };
    }

    /** People need a live consent when the activity rests on consent, or markets by electronic mail (PECR reg 22). */
    static boolean consentRequired(Activity a, Taxonomy taxonomy) {
        boolean basis = taxonomy.article6(a.article6()).map(LawfulBasis::consentBased).orElse(false);
        return basis || (a.directMarketing() && a.channel().electronicMail());
    }

    RuleCount count(long n, java.util.List<Long> examples) {
        return new RuleCount(ruleName, reason, law, n, this == ERASED ? java.util.List.of() : examples);
    }
}
