package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code PUT /api/purposes/{code}/min-link-probability} on both stores: the DPO sets and clears a
 * purpose's minimum link probability, it shows in {@code /api/purposes} and the dry run, every
 * change is ledgered, bad input names the field, and other roles are refused.
 */
class MinLinkProbabilityApiTest {
    static final String PASSWORD = "a long enough password";
    private static final String PATH = "/api/purposes/canvassing/min-link-probability";

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theDpoSetsAndClearsAMinimumAndEveryChangeIsLedgered(StoreKind kind) {
        try (var store = TestStores.open(kind)) {
            new Purposes(store.store()).seedDefaults("test");
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
            staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
            WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
            try {
                WebClient dpo = new WebClient(server);
                String csrf = dpo.apiLogin("asha", PASSWORD);
                assertThat(minimumOf(dpo, "email").asDouble()).as("the default for email").isEqualTo(0.95);
                assertThat(minimumOf(dpo, "canvassing").isNull()).isTrue();

                HttpResponse<String> set = dpo.putJson(PATH, "{\"minimum\": 0.9}", csrf);
                assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
                assertThat(WebClient.json(set).get("activity").get("minLinkProbability").asDouble()).isEqualTo(0.9);
                assertThat(minimumOf(dpo, "canvassing").asDouble()).isEqualTo(0.9);
                assertThat(WebClient.json(dpo.get("/api/gate/dry-run?purpose=canvassing")).get("minLinkProbability").asDouble()).isEqualTo(0.9);

                HttpResponse<String> cleared = dpo.putJson(PATH, "{\"minimum\": null}", csrf);
                assertThat(cleared.statusCode()).isEqualTo(200);
                assertThat(minimumOf(dpo, "canvassing").isNull()).isTrue();

                java.util.List<RecordedEntry> changes = new Ledger(store.store()).latest(10, "purpose.min_link_probability");
                assertThat(changes).hasSize(2);
                assertThat(changes.get(1).actor()).isEqualTo("asha");
                assertThat(changes.get(1).subject()).isEqualTo("activity:canvassing");
                assertThat(changes.get(1).detailsJson()).isEqualTo("{\"minimum\":0.9,\"previous\":\"none\"}");
                assertThat(changes.get(0).detailsJson()).isEqualTo("{\"minimum\":\"none\",\"previous\":0.9}");

                for (String bad : new String[] {"{\"minimum\": 0}", "{\"minimum\": 1.5}", "{\"minimum\": -0.2}", "{\"minimum\": \"high\"}", "{}",
                    "[0.9]", "not json"}) {
                    HttpResponse<String> r = dpo.putJson(PATH, bad, csrf);
                    assertThat(r.statusCode()).as(bad).isEqualTo(400);
                    assertThat(WebClient.json(r).get("message").asText()).as(bad).contains("'minimum'");
                }
                assertThat(dpo.putJson("/api/purposes/no_such_purpose/min-link-probability", "{\"minimum\": 0.9}", csrf).statusCode())
                        .isEqualTo(404);
                assertThat(dpo.putJson(PATH, "{\"minimum\": 0.9}", null).statusCode()).as("no CSRF token").isEqualTo(403);
                assertThat(new Ledger(store.store()).latest(10, "purpose.min_link_probability")).as("refused changes are not made").hasSize(2);

                WebClient organiser = new WebClient(server);
                String token = organiser.apiLogin("olly", PASSWORD);
                assertThat(minimumOf(organiser, "email").asDouble()).as("organisers may read it").isEqualTo(0.95);
                assertThat(organiser.putJson(PATH, "{\"minimum\": 0.5}", token).statusCode()).as("but not change it").isEqualTo(403);
                assertThat(minimumOf(dpo, "canvassing").isNull()).isTrue();
            } finally {
                server.stop();
            }
        }
    }

    private static JsonNode minimumOf(WebClient web, String code) {
        for (JsonNode a : WebClient.json(web.get("/api/purposes")).get("activities")) {
            if (a.get("activity").get("code").asText().equals(code)) {
                return a.get("activity").get("minLinkProbability");
            }
        }
        throw new AssertionError("no activity " + code);
    }
}
