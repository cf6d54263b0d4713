package org.hustings.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
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
}
