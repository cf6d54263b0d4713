package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Channel;
import org.hustings.purpose.UseClass;
import org.junit.jupiter.api.Test;

/** Each field rule on its own: one allowance and one refusal, with the law in the refusal. */
class FieldRulesTest {
    private static final Taxonomy T = Taxonomy.standard();
    private static final Activity CANVASSING = new Activity("canvassing", "Doorstep canvassing", "d", UseClass.ELECTORAL,
            "legitimate_interests", "political_party", Channel.DOOR, true, false,
            List.of("identity.name", "contact.postal_address", "political.voting_intention"), List.of(), "r", false);
    private static final Activity MEMBERSHIP = new Activity("membership_administration", "Membership administration", "d", UseClass.MEMBERSHIP,
            "contract", "political_party", Channel.NONE, false, false, List.of("identity.name"), List.of(), "r", false);

    private static FieldFacts field(SourceKind kind, String statute, String basis, String art9, Set<String> purposes,
                                    SupplierRole role, DueDiligence dd, String category, String block) {
        return new FieldFacts(1, "s", kind, true, statute, basis, art9, purposes, role, dd, 7L, "f", null, category,
                T.requireCategory(category).special(), Nature.FACTUAL, block);
    }

    private static FieldFacts plain(String category) {
        return field(SourceKind.DIRECT, null, "legitimate_interests", "political_party", Set.of("canvassing"), SupplierRole.CONTROLLER,
                DueDiligence.PASSED, category, null);
    }

    private static Decision.Refused refused(FieldRule rule, Activity a, FieldFacts f) {
        Decision d = rule.decide(a, f, T);
        assertThat(d).isInstanceOf(Decision.Refused.class);
        Decision.Refused r = (Decision.Refused) d;
        assertThat(r.rule()).isEqualTo(rule.name());
        assertThat(r.law()).isNotBlank();
        return r;
    }

    @Test
    void provenanceRequired() {
        FieldFacts without = new FieldFacts(1, "s", SourceKind.DIRECT, false, null, "consent", null, Set.of(), null, null, null, "f", null,
                "identity.name", false, Nature.FACTUAL, null);
        assertThat(refused(new ProvenanceRequired(), CANVASSING, without).law()).contains("Art 5(2)");
        assertThat(new ProvenanceRequired().decide(CANVASSING, plain("identity.name"), T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void inferredEthnicityAndReligionNeverReleased() {
        assertThat(refused(new InferredSpecialCategory(), CANVASSING, plain("ethnicity.estimated")).reason()).contains("never released");
        refused(new InferredSpecialCategory(), CANVASSING, plain("religion.estimated"));
        assertThat(new InferredSpecialCategory().decide(CANVASSING, plain("political.voting_intention"), T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void publicTaskOnlyForStatutoryData() {
        FieldFacts bought = field(SourceKind.COMMERCIAL, null, "public_task", null, Set.of("canvassing"), SupplierRole.BROKER,
                DueDiligence.PASSED, "identity.name", null);
        assertThat(refused(new PublicTaskStatutoryOnly(), CANVASSING, bought).law()).contains("Art 6(1)(e)");
        FieldFacts register = field(SourceKind.STATUTORY_REGISTER, "register", "public_task", null, Set.of("canvassing"),
                SupplierRole.PUBLIC_BODY, DueDiligence.PASSED, "identity.name", null);
        assertThat(new PublicTaskStatutoryOnly().decide(CANVASSING, register, T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void lawfulBasisMustBeKnown() {
        FieldFacts made = field(SourceKind.DIRECT, null, "because_we_can", null, Set.of("canvassing"), SupplierRole.CONTROLLER,
                DueDiligence.PASSED, "identity.name", null);
        assertThat(refused(new LawfulBasisValid(), CANVASSING, made).law()).contains("Art 6(1)");
    }

    @Test
    void sourceMustPermitThePurpose() {
        assertThat(refused(new SourcePermitsPurpose(), MEMBERSHIP, plain("identity.name")).law()).contains("Art 5(1)(b)");
        assertThat(new SourcePermitsPurpose().decide(CANVASSING, plain("identity.name"), T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void registerOnlyForElectoralPurposesAndDonationChecks() {
        FieldFacts register = field(SourceKind.STATUTORY_REGISTER, "register", "public_task", null, Set.of("membership_administration"),
                SupplierRole.PUBLIC_BODY, DueDiligence.PASSED, "identity.name", null);
        assertThat(refused(new StatutoryUse(), MEMBERSHIP, register).law()).contains("regs 103-105 and 114-115");
        FieldFacts marked = field(SourceKind.STATUTORY_REGISTER, "marked_register", "public_task", null, Set.of(), SupplierRole.PUBLIC_BODY,
                DueDiligence.PASSED, "participation.voted", null);
        assertThat(refused(new StatutoryUse(), MEMBERSHIP, marked).law()).contains("reg 117");
        assertThat(new StatutoryUse().decide(CANVASSING, register, T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void brokersNeedPassedDueDiligence() {
        FieldFacts unchecked = field(SourceKind.COMMERCIAL, null, "legitimate_interests", null, Set.of("canvassing"), SupplierRole.BROKER,
                DueDiligence.IN_PROGRESS, "identity.name", null);
        assertThat(refused(new SupplierDueDiligence(), CANVASSING, unchecked).reason()).contains("in progress");
        assertThat(new SupplierDueDiligence().decide(CANVASSING, plain("identity.name"), T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void specialCategoryNeedsACoveringCondition() {
        FieldFacts none = field(SourceKind.DIRECT, null, "legitimate_interests", null, Set.of("canvassing"), SupplierRole.CONTROLLER,
                DueDiligence.PASSED, "political.voting_intention", null);
        assertThat(refused(new SpecialCategoryCondition(), CANVASSING, none).reason()).contains("no Article 9 condition");
        FieldFacts wrong = field(SourceKind.DIRECT, null, "legitimate_interests", "political_party", Set.of("canvassing"),
                SupplierRole.CONTROLLER, DueDiligence.PASSED, "health.disability", null);
        assertThat(refused(new SpecialCategoryCondition(), CANVASSING, wrong).reason()).contains("does not cover");
        assertThat(new SpecialCategoryCondition().decide(CANVASSING, plain("political.voting_intention"), T)).isEqualTo(Decision.ALLOWED);
        FieldFacts explicit = field(SourceKind.DIRECT, null, "consent", "explicit_consent", Set.of("canvassing"), SupplierRole.CONTROLLER,
                DueDiligence.PASSED, "health.disability", null);
        assertThat(new SpecialCategoryCondition().decide(CANVASSING, explicit, T)).isEqualTo(Decision.ALLOWED);
        assertThat(GatePlan.needsConsent(T, explicit)).isTrue();
    }

    @Test
    void activityGetsOnlyTheCategoriesItUses() {
        assertThat(refused(new DataMinimisation(), CANVASSING, plain("financial.estimated_income")).law()).contains("Art 5(1)(c)");
        assertThat(new DataMinimisation().decide(CANVASSING, plain("identity.name"), T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void firstRefusalWins() {
        FieldFacts bad = field(SourceKind.COMMERCIAL, null, "public_task", null, Set.of(), SupplierRole.BROKER, DueDiligence.FAILED,
                "ethnicity.estimated", null);
        assertThat(((Decision.Refused) FieldRules.decide(CANVASSING, bad, T)).rule()).isEqualTo(InferredSpecialCategory.NAME);
    }

    @Test
    void activityRules() {
        Activity emailOnInterests = new Activity("email", "Email", "d", UseClass.ELECTORAL, "legitimate_interests", null, Channel.EMAIL,
                true, false, List.of("contact.email"), List.of(), "r", false);
        assertThat(((Decision.Refused) ActivityRules.first(emailOnInterests, true, T)).law()).isEqualTo("PECR reg 22");
        Activity modelling = new Activity("modelling", "Modelling", "d", UseClass.ELECTORAL, "legitimate_interests", null, Channel.NONE,
                false, true, List.of("identity.name"), List.of(), "r", true);
        assertThat(((Decision.Refused) ActivityRules.first(modelling, false, T)).rule()).isEqualTo(DpiaApproved.NAME);
        assertThat(ActivityRules.first(modelling, true, T)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void personRulesApplyToTheRightActivities() {
        assertThat(PersonRule.OBJECTED_MARKETING.appliesTo(CANVASSING, T)).isTrue();
        assertThat(PersonRule.OBJECTED_MARKETING.appliesTo(MEMBERSHIP, T)).isFalse();
        assertThat(PersonRule.RESTRICTED.appliesTo(MEMBERSHIP, T)).isTrue();
        assertThat(PersonRule.DO_NOT_CONTACT.appliesTo(MEMBERSHIP, T)).isFalse();
        assertThat(PersonRule.NO_CONSENT.appliesTo(CANVASSING, T)).isFalse();
    }
}
