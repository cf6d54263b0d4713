package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
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

/** The gate over a small register and a consent-based source, on both stores. */
class GateTest {

    private static TestStores.TestStore world(StoreKind kind) {
        TestStores.TestStore t = TestStores.open(kind);
        new Purposes(t.store()).seedDefaults("test");
        Spine spine = new Spine(t.store());
        spine.elector(1, "Ada", "Lovelace", "BN43 5AA", "AA");
        spine.elector(2, "Charles", "Babbage", "BN43 5AB", "AA");
        spine.elector(3, "Mary", "Somerville", "BN43 5AC", "AB");
        spine.elector(4, "Alan", "Turing", "BN43 5AD", "AB");
        return t;
    }

    private static Set<Long> people(GateResult r) {
        return r.values().stream().map(GatedValue::personId).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void canvassingGetsRegisterNamesAndAddressesButNotDatesOfBirth(StoreKind kind) {
        try (var t = world(kind)) {
            GateResult r = new Gate(t.store()).readAll("canvassing", "alice", Selection.everyone());
            assertThat(people(r)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
            assertThat(r.values()).contains(new GatedValue(1, r.values().get(0).datasetId(), "surname", "identity.name", "Lovelace"));
            assertThat(r.values()).anyMatch(v -> v.field().equals("open_register_opt_out") && v.value().equals("false"));
            FieldDecision birth = r.report().fields().stream().filter(f -> f.field().equals("birth_date")).findFirst().orElseThrow();
            assertThat(birth.refusal().rule()).isEqualTo(DataMinimisation.NAME);
            assertThat(r.report().peopleReleased()).isEqualTo(4);
            assertThat(r.report().valuesReleased()).isEqualTo(r.values().size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void selectionByPollingDistrict(StoreKind kind) {
        try (var t = world(kind)) {
            GateResult r = new Gate(t.store()).readAll("canvassing", "alice", Selection.pollingDistricts(Spine.LA, List.of("AB")));
            assertThat(people(r)).containsExactlyInAnyOrder(3L, 4L);
            assertThat(r.report().peopleInSelection()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theRegisterIsOnlyForElectoralPurposesEvenWhenConfiguredOtherwise(StoreKind kind) {
        try (var t = world(kind)) {
            Gate gate = new Gate(t.store());
            GateResult before = gate.readAll("membership_administration", "alice", Selection.everyone());
            assertThat(before.values()).isEmpty();
            assertThat(before.report().refusedFields()).allMatch(f -> f.refusal().rule().equals(SourcePermitsPurpose.NAME));
            assertThatThrownBy(() -> new Sources(t.store()).permitPurpose("mallory", "register:" + Spine.LA, "membership_administration"))
                    .hasMessageContaining("regs 103-105 and 114-115");
            misconfigure(t, "register:" + Spine.LA, "membership_administration");
            GateResult after = gate.readAll("membership_administration", "alice", Selection.everyone());
            assertThat(after.values()).isEmpty();
            assertThat(after.report().refusedFields()).allSatisfy(f -> {
                assertThat(f.refusal().rule()).isEqualTo(StatutoryUse.NAME);
                assertThat(f.refusal().law()).contains("regs 103-105 and 114-115");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void rightsRemovePeople(StoreKind kind) {
        try (var t = world(kind)) {
            PersonFlags flags = new PersonFlags(t.store());
            flags.set("dpo", 1, PersonFlag.RESTRICTED, "accuracy contested", "SAR-1");
            flags.set("dpo", 2, PersonFlag.OBJECTED_MARKETING, "letter", "OBJ-2");
            flags.set("dpo", 3, PersonFlag.OBJECTED_PROFILING, "email", "OBJ-3");
            flags.set("dpo", 4, PersonFlag.ERASED, "erasure request", "ER-4");
            Gate gate = new Gate(t.store());
            GateResult r = gate.readAll("canvassing", "alice", Selection.everyone());
            assertThat(people(r)).containsExactly(3L);
            assertThat(r.report().peopleInSelection()).isEqualTo(3);
            assertThat(r.report().peopleRefusedBy("restricted")).isEqualTo(1);
            assertThat(r.report().peopleRefusedBy("objected-direct-marketing")).isEqualTo(1);
            assertThat(r.report().peopleRefusedBy("erased")).isZero();

            assertThat(flags.lift("dpo", 1, PersonFlag.RESTRICTED)).isTrue();
            assertThat(people(gate.readAll("canvassing", "alice", Selection.everyone()))).containsExactlyInAnyOrder(1L, 3L);

            // Every gated read is in the ledger, with the people it reached and no personal value.
            Ledger ledger = new Ledger(t.store());
            assertThat(ledger.entriesForPerson(3)).filteredOn(e -> e.action().equals("gate.read")).hasSize(2);
            assertThat(ledger.entriesForPerson(1)).extracting(RecordedEntry::action)
                    .containsExactly("person_flag.set", "person_flag.lift", "gate.read");
            RecordedEntry last = ledger.latest(1).get(0);
            assertThat(last.subject()).isEqualTo("activity:canvassing");
            assertThat(last.personCount()).isEqualTo(2);
            assertThat(last.detailsJson()).doesNotContain("Lovelace").doesNotContain("High Street");
            assertThat(ledger.verify().intact()).isTrue();

            flags.set("dpo", 1, PersonFlag.RESTRICTED, "accuracy contested again", "SAR-9");
            GateReport withExamples = gate.read("canvassing", "alice", Selection.everyone(), (p, d, f, c, v) -> { }, 5);
            assertThat(withExamples.peopleRefused()).filteredOn(c -> c.rule().equals("restricted")).singleElement()
                    .satisfies(c -> assertThat(c.examples()).containsExactly(1L));
        }
    }

    /** Flags set on many people at once: only those not live, each with its entry, and again changes nothing. */
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void flagsSetOnManyPeopleAtOnceLeaveLiveOnesAsTheyAre(StoreKind kind) {
        try (var t = world(kind)) {
            PersonFlags flags = new PersonFlags(t.store());
            flags.set("dpo", 2, PersonFlag.ERASED, "erasure request", "ER-2");
            flags.set("dpo", 3, PersonFlag.ERASED, "erasure request", "ER-3");
            flags.lift("dpo", 3, PersonFlag.ERASED);
            java.util.Map<PersonFlag, String> both = new java.util.LinkedHashMap<>();
            both.put(PersonFlag.ERASED, "matched a suppressed identifier");
            both.put(PersonFlag.DO_NOT_CONTACT, "matched a suppressed identifier");
            List<org.hustings.ledger.LedgerEntry> entries = t.store().write(c -> {
                List<org.hustings.ledger.LedgerEntry> set = flags.setAll(c, "importer", List.of(1L, 2L, 3L), both, null);
                new Ledger(t.store()).appendAll(c, set);
                return set;
            });
            assertThat(entries).extracting(e -> e.subject() + " " + e.details().get("flag"))
                    .containsExactly("person:1 erased", "person:1 do_not_contact", "person:2 do_not_contact", "person:3 erased",
                            "person:3 do_not_contact");
            assertThat(entries).allSatisfy(e -> assertThat(e.details().get("flag_id")).isNotNull());
            for (long person : List.of(1L, 2L, 3L)) {
                assertThat(flags.entries(person)).filteredOn(FlagEntry::live).extracting(FlagEntry::flag)
                        .containsExactlyInAnyOrder(PersonFlag.ERASED, PersonFlag.DO_NOT_CONTACT);
            }
            assertThat(flags.entries(4)).isEmpty();
            List<org.hustings.ledger.LedgerEntry> again = t.store().write(c -> flags.setAll(c, "importer", List.of(1L, 2L, 3L), both, null));
            assertThat(again).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void modellingWaitsForAnApprovedDpiaThenDropsProfilingObjectors(StoreKind kind) {
        try (var t = world(kind)) {
            Gate gate = new Gate(t.store());
            GateResult refused = gate.readAll("modelling", "alice", Selection.everyone());
            assertThat(refused.report().refusal().rule()).isEqualTo(DpiaApproved.NAME);
            assertThat(refused.report().refusal().law()).contains("Art 35");
            assertThat(refused.values()).isEmpty();

            Purposes purposes = new Purposes(t.store());
            purposes.decideDpia("dpo", purposes.draftDpia("analyst", "modelling", "Risks: profiling; measures: objection honoured."), true);
            new PersonFlags(t.store()).set("dpo", 3, PersonFlag.OBJECTED_PROFILING, "email", "OBJ-3");
            GateResult r = gate.readAll("modelling", "alice", Selection.everyone());
            assertThat(r.report().refused()).isFalse();
            assertThat(people(r)).containsExactlyInAnyOrder(1L, 2L, 4L);
            assertThat(r.report().peopleRefusedBy("objected-profiling")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void emailNeedsALiveProvableConsentAndWithdrawalTakesEffectAtOnce(StoreKind kind) {
        try (var t = world(kind)) {
            Sources sources = new Sources(t.store());
            sources.declareSupplier("alice", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                    "Our own website", Instant.now()));
            sources.declareSource("alice", new SourceDeclaration("web-signup", SourceKind.DIRECT, "Web sign-ups", "party",
                    "Sign-up form on the party website", "consent", null, "UK GDPR Art 6(1)(a); PECR reg 22", List.of("email"),
                    "Until consent is withdrawn", null, new Wording(WordingKind.CONSENT, "Yes, email me campaign news.", Instant.now())));
            long dataset = t.store().write(c -> sources.declareDataset(c, "alice", new DatasetDeclaration("web-signup", "signups", "web-v1",
                    "signups.csv", "a".repeat(64), List.of(new FieldDeclaration("email", "contact.email", Nature.FACTUAL))))).datasetId();
            t.store().write(c -> {
                try (var load = sources.attributes(c, dataset)) {
                    for (long p = 1; p <= 4; p++) {
                        load.value(p, "email", "person" + p + "@example.org", p, 1.0);
                    }
                    load.finish();
                }
                return null;
            });
            Consents consents = new Consents(t.store());
            Instant when = Instant.parse("2026-03-03T10:00:00Z");
            consents.record("web", ConsentRecord.grant(1, "email", Channel.EMAIL, when, ConsentMethod.WEB, "web-signup", 1));
            assertThat(consents.record("import", ConsentRecord.grant(2, "email", Channel.EMAIL, null, null, null, null)).provable()).isFalse();
            consents.record("web", ConsentRecord.grant(3, "email", Channel.EMAIL, when, ConsentMethod.WEB, "web-signup", 1));

            Gate gate = new Gate(t.store());
            GateResult r = gate.readAll("email", "alice", Selection.everyone());
            assertThat(people(r)).containsExactlyInAnyOrder(1L, 3L);
            assertThat(r.values()).allMatch(v -> v.category().equals("contact.email"));
            assertThat(r.report().peopleRefusedBy("consent-not-provable")).isEqualTo(1);
            assertThat(r.report().peopleRefusedBy("consent-required")).isEqualTo(1);

            consents.record("phone", ConsentRecord.withdraw(3, "email", Channel.EMAIL, Instant.now(), ConsentMethod.PHONE));
            assertThat(people(gate.readAll("email", "alice", Selection.everyone()))).containsExactly(1L);
            assertThat(consents.history(3)).hasSize(2);

            GateReport dry = gate.dryRun("email", "alice", Selection.everyone(), 5);
            assertThat(dry.peopleReleased()).isEqualTo(1);
            assertThat(dry.valuesReleased()).isEqualTo(1);
            assertThat(dry.peopleRefused()).filteredOn(c -> c.rule().equals("consent-required"))
                    .singleElement().satisfies(c -> assertThat(c.examples()).containsExactly(3L, 4L));
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void valuesCollectedOnConsentNeedThatPersonsConsentEvenWhenTheActivityDoesNot(StoreKind kind) {
        try (var t = world(kind)) {
            Sources sources = new Sources(t.store());
            sources.declareSupplier("alice", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                    "Own", Instant.now()));
            sources.declareSource("alice", new SourceDeclaration("issues-survey", SourceKind.DIRECT, "Issues survey", "party", "Web survey",
                    "consent", "explicit_consent", "Art 6(1)(a), Art 9(2)(a)", List.of("canvassing"), "A year", 12,
                    new Wording(WordingKind.CONSENT, "Use my answers when you call.", Instant.now())));
            long dataset = t.store().write(c -> sources.declareDataset(c, "alice", new DatasetDeclaration("issues-survey", "survey", null,
                    "survey.csv", "9".repeat(64), List.of(new FieldDeclaration("top_issue", "political.issues", Nature.FACTUAL))))).datasetId();
            t.store().write(c -> {
                try (var load = sources.attributes(c, dataset)) {
                    load.value(1, "top_issue", "housing", 1L, null);
                    load.value(2, "top_issue", "buses", 2L, null);
                    load.finish();
                }
                return null;
            });
            new Consents(t.store()).record("web", ConsentRecord.grant(1, "canvassing", Channel.DOOR, Instant.now(), ConsentMethod.WEB,
                    "issues-survey", 1));
            GateResult r = new Gate(t.store()).readAll("canvassing", "alice", Selection.everyone());
            assertThat(r.values()).filteredOn(v -> v.field().equals("top_issue")).extracting(GatedValue::personId).containsExactly(1L);
            assertThat(people(r)).contains(2L);
            assertThat(r.report().valuesWithheld()).singleElement().satisfies(c -> {
                assertThat(c.rule()).isEqualTo("consent-for-field");
                assertThat(c.count()).isEqualTo(1);
            });
        }
    }

    @org.junit.jupiter.api.Test
    void manyAttributePairsAreReadInChunks() {
        List<GatePlan.AttributePair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 4_500; i++) {
            pairs.add(new GatePlan.AttributePair(i, "f", "contact.email", 0, false));
        }
        assertThat(GateRun.chunks(pairs)).extracting(List::size).containsExactly(2_000, 2_000, 500);
        assertThat(GateRun.chunks(List.of())).isEmpty();
    }

    /** A permission the facade refuses, made behind its back: the gate must still refuse the use. */
    static void misconfigure(TestStores.TestStore t, String source, String purpose) {
        t.store().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO source_purpose (source_id, purpose) SELECT id, ? FROM source WHERE code = ?")) {
                ps.setString(1, purpose);
                ps.setString(2, source);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
