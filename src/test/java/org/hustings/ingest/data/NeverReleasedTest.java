package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hustings.ingest.data.World.count;
import static org.hustings.ingest.data.World.example;
import static org.hustings.ingest.data.World.mapping;

import java.nio.file.Files;
import org.hustings.gate.FieldDecision;
import org.hustings.gate.Gate;
import org.hustings.gate.GateReport;
import org.hustings.gate.GateResult;
import org.hustings.gate.GatedValue;
import org.hustings.gate.Selection;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Modelled on the regulator's findings (ICO audit of political parties, 2020): a broker file with
 * ethnicity and religion estimated from names, and political opinions collected without an
 * Article 9 condition. Both load — nothing is silently dropped — but are stored flagged never
 * released, and the gate refuses them with the rule and the law; a consent held without a time or
 * wording is kept but not relied on.
 */
class NeverReleasedTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void estimatedEthnicityAndReligionFromABrokerAreStoredButNeverReleased(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            Purposes purposes = new Purposes(t.store());
            purposes.decideDpia("dpo", purposes.draftDpia("analyst", "modelling", "Scoring with an objection route."), true);
            long ds = new DataImporter(t.store()).load(example("broker-lifestyle.csv"), mapping("broker"),
                    new DataImporter.Request(World.LA, "tester", null)).outcome().datasetId();
            assertThat(count(t.store(), "SELECT count(*) FROM dataset_field WHERE dataset_id = ? AND release_block LIKE 'never released%'", ds))
                    .isEqualTo(2);
            assertThat(count(t.store(), "SELECT count(*) FROM dataset_field WHERE dataset_id = ? AND field = 'support_score' "
                    + "AND release_block LIKE 'no condition%'", ds)).isEqualTo(1);

            GateResult r = new Gate(t.store()).readAll("modelling", "analyst", Selection.everyone());
            long ann = World.person(t.store(), "AA1-1");
            assertThat(r.values()).noneMatch(v -> v.field().endsWith("_guess") || v.field().equals("support_score"));
            // only the attached row is released; the pending rows are no one's yet
            assertThat(r.values()).filteredOn(v -> v.datasetId() == ds).extracting(GatedValue::personId).containsOnly(ann);
            assertThat(r.values()).filteredOn(v -> v.field().equals("income_band")).singleElement()
                    .satisfies(v -> assertThat(v.value()).isEqualTo("30-40k"));
            FieldDecision ethnicity = decision(r.report(), "ethnicity_guess");
            assertThat(ethnicity.refusal().rule()).isEqualTo("inferred-special-category");
            assertThat(ethnicity.refusal().reason()).contains("never released");
            assertThat(ethnicity.refusal().law()).contains("Art 9(1)");
            assertThat(decision(r.report(), "religion_guess").refusal().rule()).isEqualTo("inferred-special-category");
            assertThat(decision(r.report(), "support_score").refusal().rule()).isEqualTo("special-category-condition");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void votingIntentionFromASourceWithoutAnArticle9ConditionIsNeverReleased(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            String json = Files.readString(World.EXAMPLES.resolve("canvass.mapping.json"))
                    .replace("\"article9\": \"political_party\",", "");
            DataMapping m = DataMapping.parse(json, "no-condition.mapping.json");
            DataLoad load = new DataImporter(t.store()).load(example("canvass-returns.csv"), m, new DataImporter.Request(World.LA, "tester", null));
            long ds = load.outcome().datasetId();
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND field = 'voting_intention' "
                    + "AND person_id IS NOT NULL", ds)).isEqualTo(3);
            assertThat(count(t.store(), "SELECT count(*) FROM dataset_field WHERE dataset_id = ? AND field IN ('voting_intention', 'issues') "
                    + "AND release_block LIKE 'no condition — never released%'", ds)).isEqualTo(2);

            GateResult r = new Gate(t.store()).readAll("canvassing", "organiser", Selection.everyone());
            assertThat(r.values()).noneMatch(v -> v.field().equals("voting_intention") || v.field().equals("issues"));
            assertThat(r.values()).anyMatch(v -> v.field().equals("contact_outcome"));
            FieldDecision intention = decision(r.report(), "voting_intention");
            assertThat(intention.refusal().rule()).isEqualTo("special-category-condition");
            assertThat(intention.refusal().reason()).contains("never released");
            assertThat(intention.refusal().law()).contains("Art 9");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aSignUpConsentWithoutTimeOrWordingIsKeptButNotReliedOn(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("signups");
            DataLoad load = new DataImporter(t.store()).load(World.write(dir, "signups.csv", """
                    Email,First name,Last name,Address,Postcode,Signed up,Consent version,Email consent
                    cara.cole@example.org,Cara,Cole,"3 High Street, Shoreham-by-Sea",BN43 5AA,2026-02-03T20:15:00Z,1,yes
                    bill@example.org,Bill,Baker,"2 High Street, Shoreham-by-Sea",BN43 5AA,,,yes
                    """), mapping("signup"), new DataImporter.Request(World.LA, "tester", null));
            assertThat(load.attachment().byNameAddress()).isEqualTo(2);
            assertThat(load.attachment().consents()).isEqualTo(2);
            assertThat(count(t.store(), "SELECT count(*) FROM consent_state WHERE purpose = 'email' AND NOT provable")).isEqualTo(1);

            GateResult r = new Gate(t.store()).readAll("email", "organiser", Selection.everyone());
            long cara = World.person(t.store(), "AA1-3");
            assertThat(r.values()).filteredOn(v -> v.field().equals("email")).extracting(GatedValue::personId).containsExactly(cara);
            assertThat(r.report().peopleRefused()).filteredOn(c -> c.rule().equals("consent-not-provable")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.count()).isEqualTo(1);
                        assertThat(c.law()).contains("Art 7(1)");
                    });
        }
    }

    private static FieldDecision decision(GateReport report, String field) {
        return report.fields().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }
}
