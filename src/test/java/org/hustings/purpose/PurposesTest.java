package org.hustings.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.gate.Gate;
import org.hustings.gate.Selection;
import org.hustings.ledger.Ledger;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The register of processing activities and DPIAs, on both stores. */
class PurposesTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void defaultsAreSeededOnceAndEditable(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Purposes purposes = new Purposes(t.store());
            assertThat(purposes.seedDefaults("dpo")).isEqualTo(11);
            assertThat(purposes.seedDefaults("dpo")).isZero();
            assertThat(purposes.list()).extracting(Activity::code).contains("canvassing", "phone_canvassing", "direct_mail", "email", "sms",
                    "social_media_audiences", "modelling", "get_out_the_vote", "donation_checks", "membership_administration", "casework");
            Activity canvassing = purposes.require("canvassing");
            assertThat(canvassing.article9()).isEqualTo("political_party");
            assertThat(canvassing.categories()).contains("political.voting_intention");
            assertThat(purposes.require("modelling").dpiaRequired()).isTrue();

            Activity narrower = new Activity("canvassing", "Doorstep canvassing", "Door knocking.", UseClass.ELECTORAL, "legitimate_interests",
                    "political_party", Channel.DOOR, true, false, List.of("identity.name", "contact.postal_address"), List.of("volunteers"),
                    "One cycle", false);
            purposes.define("dpo", narrower);
            assertThat(purposes.require("canvassing").categories()).containsExactly("contact.postal_address", "identity.name");
            assertThat(purposes.require("canvassing").recipients()).containsExactly("volunteers");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void unlawfulDefinitionsAreRefused(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Purposes purposes = new Purposes(t.store());
            Activity emailOnInterests = new Activity("newsletter", "Newsletter", "Emails.", UseClass.ELECTORAL, "legitimate_interests", null,
                    Channel.EMAIL, true, false, List.of("contact.email", "political.voting_intention", "ethnicity.estimated"), List.of(),
                    "A year", false);
            assertThatThrownBy(() -> purposes.define("dpo", emailOnInterests)).isInstanceOfSatisfying(HustingsException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                assertThat(e.getMessage()).contains("PECR reg 22", "without an Article 9 condition", "never released");
            });
            assertThat(purposes.activity("newsletter")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDpiaIsDraftedThenDecidedOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Purposes purposes = new Purposes(t.store());
            purposes.seedDefaults("dpo");
            assertThat(purposes.dpiaApproved("modelling")).isFalse();
            long id = purposes.draftDpia("analyst", "modelling", "Profiling of support; objection honoured; scores explained.");
            assertThat(purposes.dpiaApproved("modelling")).isFalse();
            Dpia approved = purposes.decideDpia("dpo", id, true);
            assertThat(approved.status()).isEqualTo(DpiaStatus.APPROVED);
            assertThat(approved.decidedBy()).isEqualTo("dpo");
            assertThat(purposes.dpiaApproved("modelling")).isTrue();
            assertThatThrownBy(() -> purposes.decideDpia("dpo", id, false)).hasMessageContaining("already been decided");
            purposes.decideDpia("dpo", purposes.draftDpia("analyst", "modelling", "Review: new data source added."), false);
            assertThat(purposes.dpiaApproved("modelling")).isFalse();
            assertThat(purposes.dpias("modelling")).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theDefaultsArriveWhenFirstNeededAndAnEditIsNeverOverwritten(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            // Nothing seeded by hand: declaring a source that permits 'email' puts the register of activities in place.
            Sources sources = new Sources(t.store());
            sources.declareSupplier("dpo", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                    "Own collection", Instant.parse("2026-01-05T10:00:00Z")));
            sources.declareSource("dpo", new SourceDeclaration("web", SourceKind.DIRECT, "Web sign-ups", "party", "Web form", "consent", null,
                    "Art 6(1)(a)", List.of("email"), "Until withdrawn", null, new Wording(WordingKind.CONSENT, "Email me.", Instant.now())));
            assertThat(new Ledger(t.store()).latest(10, "purpose.seed")).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("hustings");
                assertThat(e.detailsJson()).contains("canvassing", "email");
            });
            Purposes purposes = new Purposes(t.store());
            purposes.edit("dpo", "canvassing", new ActivityEdit(null, "Doors.", null, null, null, null, "One cycle", null));
            assertThat(purposes.seedDefaults("dpo")).isZero();
            assertThat(purposes.list()).hasSize(11);
            assertThat(purposes.require("canvassing").description()).isEqualTo("Doors.");
            assertThat(new Ledger(t.store()).latest(10, "purpose.seed")).hasSize(1);
        }
        try (var t = TestStores.open(kind)) {
            // Nor for a consent recorded by hand, nor for a gated read.
            t.store().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO person (id, first_dataset_id) VALUES (9, 1)");
                }
                return null;
            });
            new Consents(t.store()).record("dm", ConsentRecord.withdraw(9, "sms", Channel.SMS, Instant.now(), ConsentMethod.PHONE));
            assertThat(new Purposes(t.store()).activity("sms")).isPresent();
        }
        try (var t = TestStores.open(kind)) {
            assertThat(new Gate(t.store()).dryRun("modelling", "analyst", Selection.everyone(), 0).refusal().rule()).isEqualTo("dpia-approved");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anEditIsCheckedAgainstTheLawAndNamesTheFieldAtFault(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Purposes purposes = new Purposes(t.store());
            assertThat(purposes.basesFor(purposes.require("membership_administration"))).extracting(LawfulBasis::key)
                    .contains("contract", "legitimate_interests").doesNotContain("public_task");
            assertThat(purposes.basesFor(purposes.require("canvassing"))).extracting(LawfulBasis::key).contains("public_task");
            assertThat(purposes.basesFor(purposes.require("sms"))).extracting(LawfulBasis::key).containsExactly("consent");

            assertThatThrownBy(() -> purposes.edit("dpo", "membership_administration",
                    new ActivityEdit(null, null, "public_task", null, null, null, null, null)))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                        assertThat(e.firstField()).isEqualTo("article6");
                        assertThat(e.getMessage()).contains("public task", "Art 6(3)", "membership");
                    });
            assertThatThrownBy(() -> purposes.edit("dpo", "canvassing", new ActivityEdit(null, " ", null, "", List.of(), null, null, null)))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field)
                            .containsExactly("description", "categories"));
            assertThatThrownBy(() -> purposes.edit("dpo", "canvassing", new ActivityEdit(null, null, null, "", null, null, null, null)))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("article9"));

            long before = new Ledger(t.store()).latest(100).size();
            Activity same = purposes.edit("dpo", "canvassing", new ActivityEdit(null, null, null, null, null, null, null, null));
            assertThat(new Ledger(t.store()).latest(100)).as("no change, no entry").hasSize((int) before);
            Activity edited = purposes.edit("dpo", "canvassing", new ActivityEdit("Canvassing", null, "public_task", null,
                    List.of("identity.name", "political.voting_intention"), List.of("volunteers", " ", "volunteers"), null, true));
            assertThat(edited.article6()).isEqualTo("public_task");
            assertThat(edited.recipients()).containsExactly("volunteers");
            assertThat(edited.channel()).isEqualTo(same.channel());
            assertThat(edited.directMarketing()).isTrue();
            assertThat(edited.dpiaRequired()).isTrue();
            assertThat(new Ledger(t.store()).latest(1, "purpose.edit").get(0).detailsJson())
                    .contains("\"changed\":[\"name\",\"article6\",\"categories\",\"recipients\",\"dpiaRequired\"]");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDpiaApprovalNamesWhoWhenAndTheDocument(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Purposes purposes = new Purposes(t.store());
            long id = purposes.draftDpia("analyst", "modelling", "Profiling of support; objection honoured.");
            assertThatThrownBy(() -> purposes.decideDpia("dpo", id, true, new DpiaSignOff(" ", LocalDate.now().plusDays(3), null)))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field)
                            .containsExactly("signedOffBy", "signedOffOn", "reference"));
            assertThat(purposes.dpiaApproved("modelling")).isFalse();
            Dpia d = purposes.decideDpia("dpo", id, true, new DpiaSignOff("Jane Smith, DPO", LocalDate.of(2025, 3, 2), "DPIA/2026/07"));
            assertThat(d.signOff()).isEqualTo(new DpiaSignOff("Jane Smith, DPO", LocalDate.of(2025, 3, 2), "DPIA/2026/07"));
            assertThat(purposes.dpias("modelling")).singleElement().satisfies(x -> assertThat(x.signOff().reference()).isEqualTo("DPIA/2026/07"));
            assertThat(purposes.dpiaApproved("modelling")).isTrue();
            assertThat(new Ledger(t.store()).latest(1, "dpia.approved").get(0).detailsJson()).contains("reference_sha256", "2025-03-02")
                    .doesNotContain("Jane");
        }
    }
}
