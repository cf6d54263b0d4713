package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The configuration pages over plain HTTP: every page renders for the roles that may see it, a
 * refused form comes back on its page with the status of the refusal, the reasons linked to their
 * fields and what was typed; those who may not edit see no forms and cannot post.
 */
class ConfigurationPagesTest {
    private TestStores.TestStore store;
    private WebServer server;

    @BeforeEach
    void start() {
        store = TestStores.open(StoreKind.DUCKDB);
        server = WebServer.start(store.store(), ConfigWorld.seed(store.store()), 0, "127.0.0.1", false);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    /** Form fields from name, value pairs (Map.of stops at ten). */
    static Map<String, String> form(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private WebClient login(String user) {
        WebClient web = new WebClient(server);
        assertThat(web.formLogin(user, ConfigWorld.PASSWORD).statusCode()).isEqualTo(303);
        return web;
    }

    @Test
    void everyPageRendersAndIsLinkedFromHome() {
        WebClient dana = login("dana");
        String home = dana.get("/").body();
        assertThat(home).contains("href=\"/sources\"", "href=\"/gate\"", "href=\"/consents\"", "href=\"/purposes\"");
        assertThat(dana.get("/sources").body()).contains("Web sign-ups", "Declare a source", "Register a supplier");
        HttpResponse<String> register = dana.get("/sources/register%3AE07000223");
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("What each field holds", "adur-2026.csv", "postcode");
        assertThat(dana.get("/sources/web-signup").body()).contains("Yes, email me news of the campaign.", "Version 1");
        assertThat(dana.get("/sources/none").statusCode()).isEqualTo(404);
        assertThat(dana.get("/purposes/modelling").body()).contains("Modelling and profiling", "Start an assessment")
                .doesNotContain("Decide DPIA");
        assertThat(dana.get("/gate?purpose=get_out_the_vote&la=E07000223&districts=AA&examples=2").body())
                .contains("people in the selection", "restricted processing", "href=\"/people/4/consents\"");
        assertThat(dana.get("/gate?purpose=modelling").body()).contains("Refused as a whole");
        assertThat(dana.get("/gate?purpose=canvassing&districts=AA").statusCode()).isEqualTo(400);
        assertThat(dana.get("/consents?person=2").headers().firstValue("Location")).contains("/people/2/consents");
        assertThat(dana.get("/people/2/consents").body()).contains("Record a consent", "Record a withdrawal", "Web sign-ups, version 1");
        assertThat(dana.get("/people/999/consents").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedFormComesBackWithItsReasonsAndWhatWasTyped() {
        WebClient dana = login("dana");
        String csrf = WebClient.csrfIn(dana.get("/sources").body());
        HttpResponse<String> refused = dana.postForm("/sources", form("csrf", csrf, "code", "door", "name", "Doorstep notes",
                "kind", "direct", "supplier", "party", "article6", "legitimate_interests", "purposes", "canvassing",
                "collectionMethod", "At the door", "wordingKind", "notice", "wordingText", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is a problem", "href=\"#declare-legalReference\"", "href=\"#declare-wording\"",
                "href=\"#declare-retention\"", "value=\"At the door\"");
        assertThat(new Sources(store.store()).list()).noneMatch(s -> s.code().equals("door"));

        HttpResponse<String> declared = dana.postForm("/sources", form("csrf", csrf, "code", "door", "name", "Doorstep notes",
                "kind", "direct", "supplier", "party", "article6", "legitimate_interests", "purposes", "canvassing",
                "collectionMethod", "At the door", "legalReference", "UK GDPR Art 6(1)(f)", "retention", "One cycle",
                "wordingKind", "notice", "wordingText", "We keep notes of what you tell us."));
        assertThat(declared.statusCode()).isEqualTo(303);
        assertThat(declared.headers().firstValue("Location").orElseThrow()).startsWith("/sources/door?declared=");

        HttpResponse<String> months = dana.postForm("/sources/door/retention", Map.of("csrf", csrf, "retention", "Two years",
                "retentionMonths", "many"));
        assertThat(months.statusCode()).isEqualTo(400);
        assertThat(months.body()).contains("href=\"#retention-retentionMonths\"", "value=\"Two years\"");

        String purposeCsrf = WebClient.csrfIn(dana.get("/purposes/membership_administration").body());
        assertThat(dana.get("/purposes/membership_administration").body()).doesNotContain("value=\"public_task\"");
        HttpResponse<String> publicTask = dana.postForm("/purposes/membership_administration", Map.of("csrf", purposeCsrf,
                "name", "Membership administration", "description", "Members.", "article6", "public_task", "retention", "Two years",
                "categories", "identity.name"));
        assertThat(publicTask.statusCode()).isEqualTo(403);
        assertThat(publicTask.body()).contains("href=\"#edit-article6\"", "Art 6(3)");
    }

    @Test
    void theLowestLinkProbabilityIsShownAndSetOnThePurposePage() {
        WebClient dana = login("dana");
        String page = dana.get("/purposes/email").body();
        assertThat(page).contains("Lowest link probability it accepts", "0.95: a value linked to a person with a lower probability is withheld");
        String csrf = WebClient.csrfIn(page);

        HttpResponse<String> typo = dana.postForm("/purposes/email/min-link-probability", Map.of("csrf", csrf, "minimum", "ninety"));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("href=\"#minimum-minimum\"", "value=\"ninety\"");
        assertThat(dana.postForm("/purposes/email/min-link-probability", Map.of("csrf", csrf, "minimum", "1.5")).statusCode()).isEqualTo(400);

        HttpResponse<String> saved = dana.postForm("/purposes/email/min-link-probability", Map.of("csrf", csrf, "minimum", "0.99"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(new Purposes(store.store()).require("email").minLinkProbability()).isEqualTo(0.99);
        assertThat(dana.postForm("/purposes/email/min-link-probability", Map.of("csrf", csrf, "minimum", "")).statusCode()).isEqualTo(303);
        assertThat(new Purposes(store.store()).require("email").minLinkProbability()).isNull();
        assertThat(dana.get("/purposes/email").body()).contains("none: values linked to a person are used whatever");

        WebClient olly = login("olly");
        assertThat(olly.get("/purposes/email").body()).doesNotContain("Save the minimum");
        assertThat(olly.postForm("/purposes/email/min-link-probability", Map.of("csrf", WebClient.csrfIn(olly.get("/sources").body()),
                "minimum", "0.1")).statusCode()).isEqualTo(403);
    }

    @Test
    void thoseWhoMayNotEditSeeNoFormsAndCannotPost() {
        WebClient olly = login("olly");
        assertThat(olly.get("/sources").body()).contains("Web sign-ups").doesNotContain("Declare a source");
        assertThat(olly.get("/sources/web-signup").body()).doesNotContain("Add a new version");
        assertThat(olly.get("/purposes/canvassing").body()).doesNotContain("Save the entry");
        String csrf = WebClient.csrfIn(olly.get("/sources").body());
        assertThat(olly.postForm("/sources/web-signup/retention", Map.of("csrf", csrf, "retention", "Forever")).statusCode()).isEqualTo(403);
        assertThat(olly.get("/consents").statusCode()).as("consents are about one named person").isEqualTo(403);
        WebClient dana = login("dana");
        String danaCsrf = WebClient.csrfIn(dana.get("/purposes/modelling").body());
        assertThat(dana.postForm("/purposes/modelling/dpias/1", Map.of("csrf", danaCsrf, "decision", "approve")).statusCode())
                .as("only the DPO signs a DPIA off").isEqualTo(403);
    }
}
