package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Channel;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API of the configuration pages over real HTTP, on both stores: sources, suppliers and
 * datasets; processing activities and DPIAs; a person's consents. Each edit is checked, refused
 * with the request field named, limited to the roles that may make it, and ledgered.
 */
class ConfigurationApiTest {

    private interface Body {
        void run(TestStores.TestStore t, WebServer server) throws Exception;
    }

    /** A JSON object from key, value pairs (Map.of stops at ten). */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void with(StoreKind kind, Body body) throws Exception {
        try (var t = TestStores.open(kind)) {
            var staff = ConfigWorld.seed(t.store());
            try (WebServer server = WebServer.start(t.store(), staff, 0, "127.0.0.1", false)) {
                body.run(t, server);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void sourcesAreDeclaredAndChangedThroughTheApi(StoreKind kind) throws Exception {
        with(kind, (t, server) -> {
            WebClient dana = new WebClient(server);
            String csrf = dana.apiLogin("dana", ConfigWorld.PASSWORD);

            HttpResponse<String> supplier = dana.postJson("/api/suppliers", Map.of("code", "acme", "organisation", "Acme Data Ltd",
                    "role", "broker", "dueDiligence", "in_progress", "evidence", "Questionnaire sent"), csrf);
            assertThat(supplier.statusCode()).as(supplier.body()).isEqualTo(201);
            assertThat(WebClient.json(supplier).get("role").asText()).isEqualTo("BROKER");

            HttpResponse<String> publicTask = dana.postJson("/api/sources", Map.of("code", "acme-lifestyle", "kind", "commercial",
                    "name", "Acme lifestyle file", "supplier", "acme", "collectionMethod", "Bought", "article6", "public_task",
                    "legalReference", "Licence 7", "purposes", List.of("modelling"), "retention", "A year"), csrf);
            assertThat(publicTask.statusCode()).isEqualTo(403);
            assertThat(WebClient.json(publicTask).get("field").asText()).isEqualTo("article6");
            assertThat(WebClient.json(publicTask).get("message").asText()).contains("public task", "Art 6(1)(e)");

            HttpResponse<String> badKind = dana.postJson("/api/sources", Map.of("code", "x", "kind", "stolen"), csrf);
            assertThat(badKind.statusCode()).isEqualTo(400);
            assertThat(WebClient.json(badKind).get("field").asText()).isEqualTo("kind");

            HttpResponse<String> missing = dana.postJson("/api/sources", Map.of("code", "canvass", "kind", "direct", "name", "Canvass",
                    "supplier", "party", "article6", "legitimate_interests", "purposes", List.of("canvassing")), csrf);
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(WebClient.json(missing).get("problems").findValuesAsText("field"))
                    .contains("collectionMethod", "legalReference", "retention", "wording");

            Map<String, Object> declaration = Map.of(
                    "supplier", Map.of("code", "canvassers", "organisation", "Party volunteers", "role", "controller", "dueDiligence", "passed",
                            "evidence", "Trained canvassers; briefing 2026-01", "checkedAt", "2026-01-10"),
                    "source", obj("code", "door-returns", "kind", "direct", "name", "Doorstep canvass returns", "supplier", "canvassers",
                            "collectionMethod", "Doorstep conversations", "article6", "legitimate_interests", "article9", "political_party",
                            "legalReference", "UK GDPR Art 6(1)(f); DPA 2018 Sch 1 para 22", "purposes", List.of("canvassing"),
                            "retention", "Until the end of the electoral cycle",
                            "wording", Map.of("kind", "notice", "text", "We note how you may vote. See our privacy notice.")));
            HttpResponse<String> declared = dana.postJson("/api/sources", declaration, csrf);
            assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
            assertThat(WebClient.json(declared).get("purposes").get(0).asText()).isEqualTo("canvassing");
            assertThat(dana.postJson("/api/sources", declaration, csrf).statusCode()).as("declared once").isEqualTo(409);

            HttpResponse<String> wording = dana.postJson("/api/sources/door-returns/wordings", Map.of("kind", "notice",
                    "text", "We note how you may vote, to plan our campaign. See our privacy notice."), csrf);
            assertThat(wording.statusCode()).isEqualTo(201);
            assertThat(WebClient.json(wording).get("version").asInt()).isEqualTo(2);
            assertThat(dana.postJson("/api/sources/door-returns/wordings", Map.of("kind", "notice", "text", " "), csrf).body())
                    .contains("\"field\":\"text\"");

            HttpResponse<String> purposes = dana.postJson("/api/sources/door-returns/purposes",
                    Map.of("purposes", List.of("canvassing", "get_out_the_vote")), csrf);
            assertThat(purposes.statusCode()).isEqualTo(200);
            assertThat(WebClient.json(purposes).get("purposes").toString()).isEqualTo("[\"canvassing\",\"get_out_the_vote\"]");
            HttpResponse<String> register = dana.postJson("/api/sources/register:" + ConfigWorld.LA + "/purposes",
                    Map.of("purposes", List.of("canvassing", "membership_administration")), csrf);
            assertThat(register.statusCode()).as("the register is for electoral purposes only").isEqualTo(403);
            assertThat(WebClient.json(register).get("field").asText()).isEqualTo("purposes");
            assertThat(WebClient.json(register).get("message").asText()).contains("regs 103-105 and 114-115");
            assertThat(new Sources(t.store()).source("register:" + ConfigWorld.LA).purposes()).doesNotContain("membership_administration");

            assertThat(dana.postJson("/api/sources/door-returns/retention", Map.of("retention", "Two years", "retentionMonths", 0), csrf).body())
                    .contains("\"field\":\"retentionMonths\"");
            HttpResponse<String> retention = dana.postJson("/api/sources/door-returns/retention",
                    Map.of("retention", "Two years after the election", "retentionMonths", 24), csrf);
            assertThat(WebClient.json(retention).get("retention").asText()).isEqualTo("Two years after the election");

            HttpResponse<String> noEvidence = dana.postJson("/api/suppliers/acme/due-diligence", Map.of("status", "passed"), csrf);
            assertThat(noEvidence.statusCode()).isEqualTo(400);
            assertThat(WebClient.json(noEvidence).get("field").asText()).isEqualTo("evidence");
            HttpResponse<String> passed = dana.postJson("/api/suppliers/acme/due-diligence",
                    Map.of("status", "passed", "evidence", "Contract clause 4; ICO registration ZA123456 checked"), csrf);
            assertThat(WebClient.json(passed).get("dueDiligence").asText()).isEqualTo("PASSED");

            Sources sources = new Sources(t.store());
            t.store().write(c -> sources.declareDataset(c, "dana", new DatasetDeclaration("door-returns", "canvass", "door-v1", "returns.csv",
                    "a".repeat(64), List.of(new FieldDeclaration("intention", "political.voting_intention", Nature.FACTUAL),
                    new FieldDeclaration("origin", "ethnicity.estimated", Nature.ESTIMATED)))));
            JsonNode detail = WebClient.json(dana.get("/api/sources/door-returns"));
            assertThat(detail.get("retentionMonths").asInt()).isEqualTo(24);
            assertThat(detail.get("supplier").get("evidence").asText()).contains("briefing");
            assertThat(detail.get("wordings")).hasSize(2);
            assertThat(detail.get("datasetCount").asInt()).isEqualTo(1);
            JsonNode fields = detail.get("datasets").get(0).get("fields");
            assertThat(fields.findValuesAsText("field")).containsExactly("intention", "origin");
            assertThat(fields.get(1).get("releaseBlock").asText()).contains("never released");
            assertThat(fields.get(0).get("special").asBoolean()).isTrue();
            JsonNode registerDetail = WebClient.json(dana.get("/api/sources/register:" + ConfigWorld.LA));
            assertThat(registerDetail.get("statutoryFields").findValuesAsText("field")).contains("surname", "postcode");
            assertThat(dana.get("/api/sources/nothing-here").statusCode()).isEqualTo(404);

            WebClient olly = new WebClient(server);
            String ollyCsrf = olly.apiLogin("olly", ConfigWorld.PASSWORD);
            assertThat(olly.get("/api/sources/door-returns").statusCode()).as("organisers read sources").isEqualTo(200);
            assertThat(olly.postJson("/api/sources/door-returns/purposes", Map.of("purposes", List.of()), ollyCsrf).statusCode())
                    .as("organisers do not change them").isEqualTo(403);
            assertThat(dana.postJson("/api/sources/door-returns/purposes", Map.of("purposes", List.of()), null).statusCode())
                    .as("no CSRF token, no change").isEqualTo(403);

            assertThat(new Ledger(t.store()).latest(50)).filteredOn(e -> e.actor().equals("web:dana")).extracting(RecordedEntry::action)
                    .contains("supplier.declare", "source.declare", "source.wording", "source.purposes", "source.retention", "supplier.due_diligence");
        });
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void purposesAreEditedWithinTheLawAndDpiasSignedOff(StoreKind kind) throws Exception {
        with(kind, (t, server) -> {
            WebClient asha = new WebClient(server);
            String csrf = asha.apiLogin("asha", ConfigWorld.PASSWORD);

            JsonNode membership = WebClient.json(asha.get("/api/purposes/membership_administration"));
            assertThat(membership.get("basesOffered").toString()).doesNotContain("public_task").contains("contract");
            assertThat(WebClient.json(asha.get("/api/purposes/canvassing")).get("basesOffered").toString()).contains("public_task");
            assertThat(WebClient.json(asha.get("/api/purposes/email")).get("basesOffered").toString()).isEqualTo("[\"consent\"]");

            HttpResponse<String> publicTask = asha.postJson("/api/purposes/membership_administration", Map.of("article6", "public_task"), csrf);
            assertThat(publicTask.statusCode()).isEqualTo(403);
            assertThat(WebClient.json(publicTask).get("field").asText()).isEqualTo("article6");
            assertThat(WebClient.json(publicTask).get("message").asText()).contains("public task", "Art 6(3)");
            HttpResponse<String> pecr = asha.postJson("/api/purposes/email", Map.of("article6", "legitimate_interests"), csrf);
            assertThat(WebClient.json(pecr).get("message").asText()).contains("PECR reg 22");
            HttpResponse<String> noCondition = asha.postJson("/api/purposes/canvassing", java.util.Collections.singletonMap("article9", null), csrf);
            assertThat(noCondition.statusCode()).isEqualTo(403);
            assertThat(WebClient.json(noCondition).get("field").asText()).isEqualTo("article9");
            assertThat(asha.postJson("/api/purposes/canvassing", Map.of("channel", "email"), csrf).body()).contains("\"field\":\"channel\"");

            HttpResponse<String> edited = asha.postJson("/api/purposes/canvassing", Map.of("description", "Knocking on doors before elections.",
                    "categories", List.of("identity.name", "contact.postal_address", "political.voting_intention"),
                    "recipients", List.of("party volunteers"), "retention", "One electoral cycle", "dpiaRequired", true), csrf);
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            JsonNode canvassing = WebClient.json(asha.get("/api/purposes/canvassing")).get("activity");
            assertThat(canvassing.get("description").asText()).isEqualTo("Knocking on doors before elections.");
            assertThat(canvassing.get("categories")).hasSize(3);
            assertThat(canvassing.get("article9").asText()).as("left out, so kept").isEqualTo("political_party");
            JsonNode refused = WebClient.json(asha.get("/api/gate/dry-run?purpose=canvassing"));
            assertThat(refused.get("refusal").get("rule").asText()).as("a DPIA is now needed").isEqualTo("dpia-approved");

            WebClient dana = new WebClient(server);
            String danaCsrf = dana.apiLogin("dana", ConfigWorld.PASSWORD);
            HttpResponse<String> draft = dana.postJson("/api/purposes/canvassing/dpias",
                    Map.of("summary", "Door knocking: notice given at the door; objections honoured at once."), danaCsrf);
            assertThat(draft.statusCode()).isEqualTo(201);
            long id = WebClient.json(draft).get("dpia").asLong();
            String decision = "/api/purposes/canvassing/dpias/" + id + "/decision";
            assertThat(dana.postJson(decision, Map.of("approve", true), danaCsrf).statusCode()).as("the DPO signs off").isEqualTo(403);
            HttpResponse<String> unsigned = asha.postJson(decision, Map.of("approve", true), csrf);
            assertThat(unsigned.statusCode()).isEqualTo(400);
            assertThat(WebClient.json(unsigned).get("problems").findValuesAsText("field")).containsExactly("signedOffBy", "signedOffOn", "reference");
            HttpResponse<String> approved = asha.postJson(decision, Map.of("approve", true, "signedOffBy", "Asha Patel, DPO",
                    "signedOffOn", "2025-03-02", "reference", "DPIA-2026-07 v2"), csrf);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(WebClient.json(approved).get("signOff").get("reference").asText()).isEqualTo("DPIA-2026-07 v2");
            assertThat(WebClient.json(approved).get("signOff").get("on").asText()).isEqualTo("2025-03-02");
            assertThat(WebClient.json(asha.get("/api/gate/dry-run?purpose=canvassing")).get("refusal").isNull()).isTrue();
            assertThat(asha.postJson(decision, Map.of("approve", false), csrf).statusCode()).as("decided once").isEqualTo(409);

            List<RecordedEntry> ledger = new Ledger(t.store()).latest(50);
            assertThat(ledger).extracting(RecordedEntry::action).contains("purpose.edit", "dpia.draft", "dpia.approved");
            RecordedEntry edit = ledger.stream().filter(e -> e.action().equals("purpose.edit")).findFirst().orElseThrow();
            assertThat(edit.actor()).isEqualTo("web:asha");
            assertThat(edit.detailsJson()).contains("description", "dpiaRequired").doesNotContain("Knocking");
            assertThat(ledger.stream().filter(e -> e.action().equals("dpia.approved")).findFirst().orElseThrow().detailsJson())
                    .contains("reference_sha256").doesNotContain("DPIA-2026-07");
        });
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void consentsAreRecordedAndWithdrawnThroughTheApi(StoreKind kind) throws Exception {
        with(kind, (t, server) -> {
            WebClient dana = new WebClient(server);
            String csrf = dana.apiLogin("dana", ConfigWorld.PASSWORD);
            HttpResponse<String> granted = dana.postJson("/api/people/2/consents", Map.of("status", "granted", "purpose", "email",
                    "channel", "email", "method", "web", "givenAt", "2026-03-01T10:00:00Z", "source", "web-signup", "wordingVersion", 1), csrf);
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
            assertThat(WebClient.json(granted).get("recorded").get("provable").asBoolean()).isTrue();
            assertThat(new Consents(t.store()).live(2, "email", Channel.EMAIL)).isTrue();

            HttpResponse<String> unprovable = dana.postJson("/api/people/3/consents", Map.of("status", "granted", "purpose", "email",
                    "channel", "email", "method", "web"), csrf);
            assertThat(WebClient.json(unprovable).get("recorded").get("missing").toString()).contains("when it was given", "the wording shown");

            HttpResponse<String> withdrawn = dana.postJson("/api/people/2/consents", Map.of("status", "withdrawn", "purpose", "email",
                    "channel", "email", "method", "email"), csrf);
            assertThat(withdrawn.statusCode()).isEqualTo(201);
            assertThat(new Consents(t.store()).live(2, "email", Channel.EMAIL)).as("at once").isFalse();
            assertThat(WebClient.json(dana.get("/api/people/2/consents")).get("history")).hasSize(2);

            assertThat(WebClient.json(dana.postJson("/api/people/2/consents", Map.of("status", "granted", "purpose", "email",
                    "channel", "pigeon", "method", "web"), csrf)).get("field").asText()).isEqualTo("channel");
            assertThat(WebClient.json(dana.postJson("/api/people/2/consents", Map.of("status", "maybe", "purpose", "email",
                    "channel", "email", "method", "web"), csrf)).get("field").asText()).isEqualTo("status");
            assertThat(dana.postJson("/api/people/999/consents", Map.of("status", "withdrawn", "purpose", "email", "channel", "email",
                    "method", "web"), csrf).statusCode()).isEqualTo(404);

            WebClient olly = new WebClient(server);
            String ollyCsrf = olly.apiLogin("olly", ConfigWorld.PASSWORD);
            assertThat(olly.postJson("/api/people/2/consents", Map.of("status", "withdrawn", "purpose", "email", "channel", "email",
                    "method", "web"), ollyCsrf).statusCode()).isEqualTo(403);
            assertThat(new Ledger(t.store()).latest(20, "consent.withdrawn")).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo("web:dana"));
        });
    }
}
