package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action on a request is reachable from the JSON API as well as the page and the CLI:
 * identity, search, match, review-band links, extend, refuse, letters, send, rectify, restrict, object
 * (and {@code honour}, the alias that does whichever the request is), withdraw consent, the erasure
 * plan and erasure.
 */
class RightsApiActionsTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void everyRequestActionWorksThroughTheApi(StoreKind kind) {
        try (var store = TestStores.open(kind)) {
            RightsBrowserTest.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dee", "Dee Peo", Role.DPO, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false)) {
                WebClient web = new WebClient(server);
                String csrf = web.apiLogin("dee", "a long enough password");

                long access = created(web.postJson("/api/requests", Map.of("kind", "access", "name", "Grace Hopper", "received", "2026-11-02"), csrf));
                String base = "/api/requests/" + access;
                assertThat(ok(web.postJson(base + "/identity", Map.of("method", "document", "evidence", "Passport seen",
                        "received", "2026-11-03"), csrf)).get("status").asText()).isEqualTo("open");
                JsonNode found = ok(web.get(base + "/search?name=Grace%20Hopper"));
                assertThat(found.get("people").get(0).get("personId").asLong()).isEqualTo(7);
                assertThat(ok(web.postJson(base + "/match", Map.of("person", 7), csrf)).get("personId").asLong()).isEqualTo(7);
                assertThat(ok(web.get(base + "/links")).get("links").size()).isZero();

                var missing = web.postJson(base + "/extend", Map.of("months", 2, "told", "2026-11-05"), csrf);
                assertThat(missing.statusCode()).isEqualTo(400);
                assertThat(missing.body()).contains("reason");
                JsonNode extended = ok(web.postJson(base + "/extend", Map.of("months", 2, "reason", "Your data is in many files.",
                        "told", "2026-11-05"), csrf));
                assertThat(extended.get("extendedDueOn").isNull()).isFalse();
                JsonNode letter = ok(web.get(base + "/letters/extension"));
                assertThat(letter.get("law").asText()).isEqualTo("UK GDPR Art 12(3)");
                assertThat(letter.get("sections").toString()).contains("Your data is in many files.");
                ok(web.postJson(base + "/letters/extension/send", Map.of(), csrf));
                JsonNode shown = ok(web.get(base));
                assertThat(shown.get("letters").toString()).contains("extension");
                assertThat(shown.get("events").toString()).contains("Extension letter sent");
                assertThat(ok(web.postJson(base + "/send", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");

                long rectify = matched(web, csrf, "rectification");
                Map<String, Object> fix = Map.of("field", "surname", "value", "Hopper-Murray", "reason", "inaccurate",
                        "explanation", "Her married name", "dryRun", true);
                assertThat(ok(web.postJson("/api/requests/" + rectify + "/rectify", fix, csrf)).get("wouldChange").toString()).contains("elector");
                assertThat(ok(web.get("/api/requests/" + access + "/reply")).get("values").toString()).doesNotContain("Hopper-Murray");
                JsonNode fixed = ok(web.postJson("/api/requests/" + rectify + "/rectify", Map.of("field", "surname", "value", "Hopper-Murray",
                        "reason", "inaccurate", "explanation", "Her married name"), csrf));
                assertThat(fixed.get("changed").toString()).contains("elector");

                // restriction (Art 18) and objection (Art 21) each have their own action, and each refuses the other's request
                long restrict = matched(web, csrf, "restriction");
                long object = matched(web, csrf, "objection_marketing");
                var wrong = web.postJson("/api/requests/" + restrict + "/object", Map.of(), csrf);
                assertThat(wrong.statusCode()).isEqualTo(409);
                assertThat(wrong.body()).contains("use restrict");
                assertThat(web.postJson("/api/requests/" + object + "/restrict", Map.of(), csrf).statusCode()).isEqualTo(409);
                assertThat(ok(web.postJson("/api/requests/" + restrict + "/restrict", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");
                assertThat(ok(web.postJson("/api/requests/" + object + "/object", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");
                // /honour stays as an alias: it restricts or objects, as the request's kind says
                long restrictAgain = matched(web, csrf, "restriction");
                long objectAgain = matched(web, csrf, "objection_profiling");
                assertThat(ok(web.postJson("/api/requests/" + restrictAgain + "/honour", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");
                assertThat(ok(web.postJson("/api/requests/" + objectAgain + "/honour", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");
                assertThat(web.postJson("/api/requests/" + matched(web, csrf, "access") + "/honour", Map.of(), csrf).statusCode()).isEqualTo(400);
                long withdraw = matched(web, csrf, "consent_withdrawal");
                ok(web.postJson("/api/requests/" + withdraw + "/withdraw", Map.of("how", "email"), csrf));

                long refuse = matched(web, csrf, "access");
                assertThat(ok(web.postJson("/api/requests/" + refuse + "/refuse", Map.of("ground", "manifestly_excessive",
                        "reason", "The same request was answered this month."), csrf)).get("status").asText()).isEqualTo("refused");
                assertThat(ok(web.get("/api/requests/" + refuse + "/letters/refusal")).get("sections").toString())
                        .contains("Article 79", "The same request was answered this month.");
                ok(web.postJson("/api/requests/" + refuse + "/letters/refusal/send", Map.of(), csrf));
                assertThat(web.get("/api/requests/" + refuse + "/letters/extension").statusCode()).isEqualTo(409);

                long erase = matched(web, csrf, "erasure");
                JsonNode plan = ok(web.get("/api/requests/" + erase + "/erasure-plan"));
                assertThat(plan.get("tables").toString()).contains("\"elector\"", "ledger entries that name this person");
                assertThat(ok(web.postJson("/api/requests/" + erase + "/erase", Map.of(), csrf)).get("status").asText()).isEqualTo("completed");

                // the page offers each right its own action, and the form posts to it
                WebClient page = new WebClient(server);
                assertThat(page.formLogin("dee", "a long enough password").statusCode()).isEqualTo(303);
                long restrictByPage = matched(web, csrf, "restriction");
                long objectByPage = matched(web, csrf, "objection_all");
                String restrictHtml = page.get("/requests/" + restrictByPage).body();
                assertThat(restrictHtml).contains("action=\"/requests/" + restrictByPage + "/restrict\"", "Art 18")
                        .doesNotContain("/requests/" + restrictByPage + "/object\"");
                String objectHtml = page.get("/requests/" + objectByPage).body();
                assertThat(objectHtml).contains("action=\"/requests/" + objectByPage + "/object\"", "Art 21")
                        .doesNotContain("/requests/" + objectByPage + "/restrict\"");
                var posted = page.postForm("/requests/" + objectByPage + "/object", Map.of("csrf", WebClient.csrfIn(objectHtml)));
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
                assertThat(ok(web.get("/api/requests/" + objectByPage)).get("status").asText()).isEqualTo("completed");
                long erasePage = matched(web, csrf, "erasure");
                assertThat(page.get("/requests/" + erasePage).body()).contains("ledger_person (ledger entries that name this person)");
            }
        }
    }

    private static long matched(WebClient web, String csrf, String kind) {
        long id = created(web.postJson("/api/requests", Map.of("kind", kind, "name", "Grace Hopper", "received", "2026-11-02",
                "identityMethod", "no_doubt", "evidence", "Wrote from the address we hold"), csrf));
        ok(web.postJson("/api/requests/" + id + "/match", Map.of("person", 7), csrf));
        return id;
    }

    private static long created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return WebClient.json(r).get("id").asLong();
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return WebClient.json(r);
    }
}
