package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.consent.Recorded;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DeclaredDataset;
import org.hustings.provenance.DeclaredField;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.PublicTask;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fixture modelled on the regulator's findings (ICO audit of political parties, 2020): a broker
 * file with ethnicity and religion estimated from names, "public task" claimed for bought data, and
 * consents held without a time or wording. Each is loaded through the API and each use is refused
 * by the right rule with the right reason.
 */
class RegulatorFindingsTest {
    private static final Instant CHECKED = Instant.parse("2026-01-10T09:00:00Z");

    private static DeclaredDataset brokerFile(Store store, Sources sources) {
        return store.write(c -> {
            DeclaredDataset d = sources.declareDataset(c, "analyst", new DatasetDeclaration("acme-lifestyle", "broker", "acme-v3",
                    "acme-lifestyle-2026.csv", "b".repeat(64), List.of(
                            new FieldDeclaration("ethnicity_guess", "ethnicity.estimated", Nature.ESTIMATED),
                            new FieldDeclaration("religion_guess", "religion.estimated", Nature.ESTIMATED),
                            new FieldDeclaration("support_score", "political.support_score", Nature.ESTIMATED),
                            new FieldDeclaration("income_band", "financial.estimated_income", Nature.ESTIMATED))));
            try (var load = sources.attributes(c, d.datasetId())) {
                for (long p = 1; p <= 3; p++) {
                    load.value(p, "ethnicity_guess", "guess-" + p, p, 0.97);
                    load.value(p, "religion_guess", "guess-" + p, p, 0.97);
                    load.value(p, "support_score", "0.8", p, 0.97);
                    load.value(p, "income_band", "£30-40k", p, 0.97);
                }
                load.finish();
            }
            return d;
        });
    }

    private static TestStores.TestStore world(StoreKind kind) {
        TestStores.TestStore t = TestStores.open(kind);
        Purposes purposes = new Purposes(t.store());
        purposes.seedDefaults("test");
        purposes.decideDpia("dpo", purposes.draftDpia("analyst", "modelling", "Scoring with an objection route."), true);
        Spine spine = new Spine(t.store());
        spine.elector(1, "Ada", "Lovelace", "BN43 5AA", "AA");
        spine.elector(2, "Charles", "Babbage", "BN43 5AB", "AA");
        spine.elector(3, "Mary", "Somerville", "BN43 5AC", "AB");
        Sources sources = new Sources(t.store());
        sources.declareSupplier("analyst", new SupplierDeclaration("acme", "Acme Data Ltd", SupplierRole.BROKER, DueDiligence.PASSED,
                "Contract clause 7; sources audited 2026-01", CHECKED));
        sources.declareSource("analyst", new SourceDeclaration("acme-lifestyle", SourceKind.COMMERCIAL, "Acme lifestyle file", "acme",
                "Bought from a data broker", "legitimate_interests", null, "Legitimate interests assessment LIA-12",
                List.of("modelling", "canvassing"), "One electoral cycle", 48, null));
        return t;
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void ethnicityAndReligionEstimatedFromNamesAreNeverReleased(StoreKind kind) {
        try (var t = world(kind)) {
            DeclaredDataset d = brokerFile(t.store(), new Sources(t.store()));
            assertThat(d.fields()).filteredOn(f -> f.category().endsWith(".estimated")).extracting(DeclaredField::releaseBlock)
                    .allSatisfy(block -> assertThat(block).startsWith("never released"));
            assertThat(d.fields()).filteredOn(f -> f.field().equals("support_score")).singleElement()
                    .satisfies(f -> assertThat(f.releaseBlock()).startsWith("no condition — never released"));

            GateResult r = new Gate(t.store()).readAll("modelling", "analyst", Selection.everyone());
            assertThat(r.values()).noneMatch(v -> v.field().endsWith("_guess") || v.field().equals("support_score"));
            assertThat(r.values()).filteredOn(v -> v.field().equals("income_band")).hasSize(3);
            FieldDecision ethnicity = decision(r.report(), "ethnicity_guess");
            assertThat(ethnicity.refusal().rule()).isEqualTo(InferredSpecialCategory.NAME);
            assertThat(ethnicity.refusal().reason()).contains("ethnicity estimated from a name").contains("never released");
            assertThat(ethnicity.refusal().law()).contains("Art 9(1)");
            assertThat(decision(r.report(), "religion_guess").refusal().rule()).isEqualTo(InferredSpecialCategory.NAME);
            FieldDecision score = decision(r.report(), "support_score");
            assertThat(score.refusal().rule()).isEqualTo(SpecialCategoryCondition.NAME);
            assertThat(score.refusal().reason()).contains("no condition");

            GateReport dry = new Gate(t.store()).dryRun("modelling", "analyst", Selection.everyone(), 0);
            assertThat(decision(dry, "ethnicity_guess").values()).isEqualTo(3);
            assertThat(decision(dry, "income_band").values()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void brokerDataWithoutPassedDueDiligenceIsRefused(StoreKind kind) {
        try (var t = world(kind)) {
            Sources sources = new Sources(t.store());
            brokerFile(t.store(), sources);
            sources.recordDueDiligence("dpo", "acme", DueDiligence.FAILED, "Could not show where the names came from");
            GateResult r = new Gate(t.store()).readAll("modelling", "analyst", Selection.everyone());
            assertThat(r.values()).noneMatch(v -> v.field().equals("income_band"));
            assertThat(decision(r.report(), "income_band").refusal().rule()).isEqualTo(SupplierDueDiligence.NAME);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void publicTaskClaimedForBoughtDataIsRefusedAtDeclarationAndAtTheGate(StoreKind kind) {
        try (var t = world(kind)) {
            Sources sources = new Sources(t.store());
            assertThatThrownBy(() -> sources.declareSource("analyst", new SourceDeclaration("acme-public", SourceKind.COMMERCIAL,
                    "Acme file on public task", "acme", "Bought", "public_task", null, "none", List.of("canvassing"), "A year", 12, null)))
                    .isInstanceOfSatisfying(HustingsException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                        assertThat(e.getMessage()).contains(PublicTask.REASON);
                    });
            // A source configured before the gate existed, straight into the tables: the gate still refuses it.
            long dataset = t.store().write(c -> {
                long id;
                try (var st = c.createStatement(); var r = st.executeQuery("INSERT INTO source (code, kind, name, supplier, article6_basis, "
                        + "legal_reference) VALUES ('legacy-bought', 'commercial', 'Legacy bought file', 'Acme', 'public_task', 'none') RETURNING id")) {
                    r.next();
                    id = r.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_provenance (source_id, supplier_id, collection_method, "
                        + "retention, declared_by) SELECT ?, id, 'Bought', 'A year', 'legacy' FROM supplier WHERE code = 'acme'")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO source_purpose VALUES (" + id + ", 'canvassing')");
                }
                long ds = Spine.dataset(c, id, "broker", "legacy.csv");
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO dataset_field VALUES (" + ds + ", 'surname_alt', 'identity.name', FALSE, 'factual', NULL)");
                    st.execute("INSERT INTO attribute_value (dataset_id, line_no, field, value, person_id) VALUES (" + ds + ", 1, 'surname_alt', 'X', 1)");
                }
                return ds;
            });
            assertThatThrownBy(() -> t.store().write(c -> sources.declareDataset(c, "analyst", new DatasetDeclaration("legacy-bought",
                    "broker", null, "more.csv", "c".repeat(64), List.of(new FieldDeclaration("x", "identity.name", Nature.FACTUAL))))))
                    .hasMessageContaining(PublicTask.REASON);
            GateResult r = new Gate(t.store()).readAll("canvassing", "alice", Selection.everyone());
            assertThat(r.values()).noneMatch(v -> v.datasetId() == dataset);
            FieldDecision legacy = decision(r.report(), "surname_alt");
            assertThat(legacy.refusal().rule()).isEqualTo(PublicTaskStatutoryOnly.NAME);
            assertThat(legacy.refusal().reason()).contains("never for bought or collected data");
            assertThat(legacy.refusal().law()).contains("Art 6(1)(e)");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void consentsWithoutTimeOrWordingAreNotRelied(StoreKind kind) {
        try (var t = world(kind)) {
            Sources sources = new Sources(t.store());
            sources.declareSupplier("analyst", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                    "Own collection", CHECKED));
            sources.declareSource("analyst", new SourceDeclaration("doorstep", SourceKind.DIRECT, "Doorstep canvass", "party",
                    "Canvassers at the door", "consent", null, "UK GDPR Art 6(1)(a)", List.of("sms"), "Until withdrawn", null,
                    new Wording(WordingKind.CONSENT, "Can we text you about the campaign?", CHECKED)));
            long ds = t.store().write(c -> sources.declareDataset(c, "analyst", new DatasetDeclaration("doorstep", "canvass", "app-v1",
                    "returns.csv", "d".repeat(64), List.of(new FieldDeclaration("mobile", "contact.phone", Nature.FACTUAL))))).datasetId();
            t.store().write(c -> {
                try (var load = sources.attributes(c, ds)) {
                    for (long p = 1; p <= 3; p++) {
                        load.value(p, "mobile", "0770090000" + p, p, null);
                    }
                    load.finish();
                }
                return null;
            });
            Consents consents = new Consents(t.store());
            Recorded noTime = consents.record("volunteer", ConsentRecord.grant(1, "sms", Channel.SMS, null, ConsentMethod.DOORSTEP, "doorstep", 1));
            Recorded noWording = consents.record("volunteer", ConsentRecord.grant(2, "sms", Channel.SMS, CHECKED, ConsentMethod.DOORSTEP, null, null));
            Recorded good = consents.record("volunteer", ConsentRecord.grant(3, "sms", Channel.SMS, CHECKED, ConsentMethod.DOORSTEP, "doorstep", 1));
            assertThat(noTime.missing()).containsExactly("when it was given");
            assertThat(noWording.missing()).containsExactly("the wording shown");
            assertThat(good.provable()).isTrue();

            GateResult r = new Gate(t.store()).readAll("sms", "alice", Selection.everyone());
            assertThat(r.values()).extracting(GatedValue::personId).containsExactly(3L);
            RuleCount unprovable = r.report().peopleRefused().stream().filter(c -> c.rule().equals("consent-not-provable")).findFirst().orElseThrow();
            assertThat(unprovable.count()).isEqualTo(2);
            assertThat(unprovable.reason()).contains("time, method or wording");
            assertThat(unprovable.law()).contains("Art 7(1)");
        }
    }

    private static FieldDecision decision(GateReport report, String field) {
        return report.fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }
}
