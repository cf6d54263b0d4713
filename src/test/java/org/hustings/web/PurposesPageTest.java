package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
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
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Purposes page and its API over real HTTP: activities, sources, the gate's dry run, consents, roles. */
class PurposesPageTest {
    static final String PASSWORD = "a long enough password";
    private static final Instant WHEN = Instant.parse("2026-03-01T10:00:00Z");

    private TestStores.TestStore store;
    private WebServer server;

    @BeforeEach
    void start() {
        store = TestStores.open(StoreKind.DUCKDB);
        new Purposes(store.store()).seedDefaults("test");
        Sources sources = new Sources(store.store());
        store.store().write(c -> sources.ensureRegisterSource(c, "E07000223", "Adur"));
        sources.declareSupplier("asha", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED, "own", WHEN));
        sources.declareSource("asha", new SourceDeclaration("web-signup", SourceKind.DIRECT, "Web sign-ups", "party", "Web form", "consent",
                null, "Art 6(1)(a)", List.of("email"), "Until withdrawn", null, new Wording(WordingKind.CONSENT, "Email me.", WHEN)));
        store.store().write(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO person (id, first_dataset_id) VALUES (5, 1)");
            }
            return null;
        });
        new Consents(store.store()).record("asha", ConsentRecord.grant(5, "email", Channel.EMAIL, WHEN, ConsentMethod.WEB, "web-signup", 1));
        Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
        staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
        staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
        staff.addUser("cara", "Cara Jones", Role.CANVASSER, PASSWORD.toCharArray());
        server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void theApiShowsActivitiesSourcesAndTheDryRun() {
        WebClient web = new WebClient(server);
        web.apiLogin("olly", PASSWORD);
        JsonNode activities = WebClient.json(web.get("/api/purposes")).get("activities");
        assertThat(activities).hasSize(11);
        JsonNode sources = WebClient.json(web.get("/api/sources")).get("sources");
        assertThat(sources.findValuesAsText("code")).contains("register:E07000223", "web-signup");

        JsonNode refused = WebClient.json(web.get("/api/gate/dry-run?purpose=modelling"));
        assertThat(refused.get("refusal").get("rule").asText()).isEqualTo("dpia-approved");
        assertThat(refused.get("refusal").get("law").asText()).contains("Art 35");

        JsonNode membership = WebClient.json(web.get("/api/gate/dry-run?purpose=membership_administration&la=E07000223"));
        assertThat(membership.get("refusal").isNull()).isTrue();
        assertThat(membership.get("fields").findValuesAsText("rule")).contains("source-permits-purpose");

        HttpResponse<String> bad = web.get("/api/gate/dry-run?purpose=canvassing&district=AA");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(bad).get("message").asText()).contains("'district' needs 'la'");
        assertThat(web.get("/api/gate/dry-run?purpose=Drop%20table").statusCode()).isEqualTo(400);
        assertThat(web.get("/api/gate/dry-run?purpose=nothing_like_it").statusCode()).isEqualTo(404);
        assertThat(web.get("/api/people/5/consents").statusCode()).as("consents are for DPO and data manager").isEqualTo(403);
    }

    @Test
    void thePageRunsADryRunAndTheDpoSeesConsents() {
        WebClient web = new WebClient(server);
        assertThat(web.formLogin("asha", PASSWORD).statusCode()).isEqualTo(303);
        assertThat(web.get("/").body()).contains("href=\"/purposes\"");
        HttpResponse<String> page = web.get("/purposes?purpose=canvassing&la=E07000223");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Doorstep canvassing").contains("Web sign-ups").contains("people in the selection")
                .contains("data minimisation");
        assertThat(web.get("/purposes?purpose=modelling").body()).contains("Refused:").contains("impact assessment");
        JsonNode consents = WebClient.json(web.get("/api/people/5/consents"));
        assertThat(consents.get("history")).hasSize(1);
        assertThat(consents.get("live").get(0).get("provable").asBoolean()).isTrue();
    }

    @Test
    void aCanvasserMayNotSeeThePurposesPage() {
        WebClient web = new WebClient(server);
        web.apiLogin("cara", PASSWORD);
        assertThat(web.get("/purposes").statusCode()).isEqualTo(403);
        assertThat(web.get("/api/gate/dry-run?purpose=canvassing").statusCode()).isEqualTo(403);
    }
}
