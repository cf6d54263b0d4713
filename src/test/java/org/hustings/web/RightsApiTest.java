package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;

/** The rights JSON API: intake, the queue, matching, the reply as JSON; closed to roles that do not handle requests. */
class RightsApiTest {

    @Test
    void intakeMatchAndReplyThroughTheApiForTheDpoOnly() {
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            RightsBrowserTest.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dee", "Dee Peo", Role.DPO, "a long enough password".toCharArray());
            staff.addUser("ola", "Ola Organiser", Role.ORGANISER, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false)) {
                WebClient organiser = new WebClient(server);
                organiser.apiLogin("ola", "a long enough password");
                assertThat(organiser.get("/api/requests").statusCode()).isEqualTo(403);

                WebClient web = new WebClient(server);
                String csrf = web.apiLogin("dee", "a long enough password");
                var bad = web.postJson("/api/requests", Map.of("kind", "access", "name", "Grace Hopper", "received", "25/11/2024"), csrf);
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(bad.body()).contains("received");

                var created = web.postJson("/api/requests", Map.of("kind", "access", "name", "Grace Hopper", "received", "2026-11-02",
                        "identityMethod", "no_doubt", "evidence", "Wrote from the address we hold"), csrf);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                JsonNode r = WebClient.json(created);
                assertThat(r.get("dueOn").asText()).isEqualTo("2026-12-02");
                assertThat(WebClient.json(web.get("/api/requests")).get("requests").get(0).get("ref").asText()).isEqualTo("R-1");
                assertThat(web.get("/api/requests/1/reply").statusCode()).isEqualTo(409);

                var form = web.postForm("/requests/1/match", Map.of("csrf", csrf, "person", "7"));
                assertThat(form.statusCode()).as(form.body()).isEqualTo(303);
                JsonNode reply = WebClient.json(web.get("/api/requests/1/reply"));
                assertThat(reply.get("values").toString()).contains("Hopper", "7 Mill Lane");
                assertThat(reply.get("sections").toString()).contains("Art 15(1)(a)", "Art 15(2)");

                // Taken in for a person found first: matched as it is taken in, or refused naming the field.
                var nobody = web.postJson("/api/requests", Map.of("kind", "erasure", "name", "Grace Hopper", "received", "2026-11-02",
                        "personId", 99), csrf);
                assertThat(nobody.statusCode()).isEqualTo(404);
                assertThat(nobody.body()).contains("person", "no person 99");
                var matched = web.postJson("/api/requests", Map.of("kind", "erasure", "name", "Grace Hopper", "received", "2026-11-02",
                        "personId", 7), csrf);
                assertThat(matched.statusCode()).as(matched.body()).isEqualTo(201);
                assertThat(WebClient.json(matched).get("personId").asLong()).isEqualTo(7);
            }
        }
    }
}
