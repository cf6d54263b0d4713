package org.hustings.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Consent history and live state, on both stores. */
class ConsentsTest {
    private static final Instant WHEN = Instant.parse("2026-03-03T10:00:00Z");

    private static TestStores.TestStore open(StoreKind kind) {
        var t = TestStores.open(kind);
        new Purposes(t.store()).seedDefaults("dpo");
        Sources sources = new Sources(t.store());
        sources.declareSupplier("dpo", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED, "own", WHEN));
        sources.declareSource("dpo", new SourceDeclaration("web", SourceKind.DIRECT, "Web sign-ups", "party", "Web form", "consent", null,
                "Art 6(1)(a)", List.of("email"), "Until withdrawn", null, new Wording(WordingKind.CONSENT, "Email me.", WHEN)));
        t.store().write(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO person (id, first_dataset_id) VALUES (7, 1), (8, 1)");
            }
            return null;
        });
        return t;
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void withdrawalTakesEffectAtOnceAndHistoryIsKept(StoreKind kind) {
        try (var t = open(kind)) {
            Consents consents = new Consents(t.store());
            Recorded granted = consents.record("web", ConsentRecord.grant(7, "email", Channel.EMAIL, WHEN, ConsentMethod.WEB, "web", 1));
            assertThat(granted.provable()).isTrue();
            assertThat(consents.live(7, "email", Channel.EMAIL)).isTrue();
            assertThat(consents.live(7, "email", Channel.SMS)).isFalse();
            consents.record("phone-bank", ConsentRecord.withdraw(7, "email", Channel.EMAIL, WHEN.plusSeconds(60), ConsentMethod.PHONE));
            assertThat(consents.live(7, "email", Channel.EMAIL)).isFalse();
            consents.record("web", ConsentRecord.grant(7, "email", Channel.EMAIL, WHEN.plusSeconds(120), ConsentMethod.WEB, "web", 1));
            assertThat(consents.live(7, "email", Channel.EMAIL)).isTrue();
            List<ConsentEntry> history = consents.history(7);
            assertThat(history).extracting(ConsentEntry::status)
                    .containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN, ConsentStatus.GRANTED);
            assertThat(history.get(0).wordingVersion()).isEqualTo(1);
            assertThat(history.get(0).sourceCode()).isEqualTo("web");
            assertThat(history.get(1).recordedBy()).isEqualTo("phone-bank");
            assertThat(consents.history(8)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aConsentWithoutItsEvidenceIsKeptButNotLive(StoreKind kind) {
        try (var t = open(kind)) {
            Consents consents = new Consents(t.store());
            Recorded r = consents.record("import", ConsentRecord.grant(8, "email", Channel.EMAIL, null, null, "web", 9));
            assertThat(r.provable()).isFalse();
            assertThat(r.missing()).containsExactly("when it was given", "how it was given",
                    "the wording shown (source 'web' has no consent wording version 9)");
            assertThat(consents.live(8, "email", Channel.EMAIL)).isFalse();
            assertThat(consents.states(8)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(ConsentStatus.GRANTED));
            assertThatThrownBy(() -> consents.record("x", ConsentRecord.grant(99, "email", Channel.EMAIL, WHEN, ConsentMethod.WEB, "web", 1)))
                    .hasMessageContaining("no person 99");
            assertThatThrownBy(() -> consents.record("x", ConsentRecord.grant(8, "spam", Channel.EMAIL, WHEN, ConsentMethod.WEB, "web", 1)))
                    .hasMessageContaining("no processing activity 'spam'");
        }
    }
}
