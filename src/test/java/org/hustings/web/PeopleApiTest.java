package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.register.PeopleSeed;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/people} and {@code GET /people}: the people found with their flags and links,
 * pages by key, refusals naming the field, each search in the ledger, and closed to organisers
 * and auditors.
 */
class PeopleApiTest {
    private static final String PASSWORD = "a long enough password";

    @Test
    void findsPagesRefusesAndRecordsEachSearch() {
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            PeopleSeed.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dana", "Dana Scully", Role.DATA_MANAGER, PASSWORD.toCharArray());
            staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
            staff.addUser("aud", "Audrey Hill", Role.AUDITOR, PASSWORD.toCharArray());
            Ledger ledger = new Ledger(store.store());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false)) {
                for (String who : List.of("olly", "aud")) {
                    WebClient other = new WebClient(server);
                    other.apiLogin(who, PASSWORD);
                    assertThat(other.get("/api/people?surname=smith").statusCode()).as(who).isEqualTo(403);
                    assertThat(other.get("/people?surname=smith").statusCode()).as(who).isEqualTo(403);
                }
                assertThat(ledger.latest(10, "people.search")).isEmpty();

                WebClient web = new WebClient(server);
                web.apiLogin("dana", PASSWORD);
                HttpResponse<String> smiths = web.get("/api/people?surname=SMITH");
                assertThat(smiths.statusCode()).as(smiths.body()).isEqualTo(200);
                JsonNode people = WebClient.json(smiths).get("people");
                assertThat(people).hasSize(4);
                List<Long> ids = new ArrayList<>();
                people.forEach(p -> ids.add(p.get("personId").asLong()));
                assertThat(ids).containsExactly(PeopleSeed.ADAM_SMITH, PeopleSeed.JOANNA_SMITH, PeopleSeed.JOHN_SMITH, PeopleSeed.ERASED_SMITH);
                JsonNode john = people.get(2);
                assertThat(john.get("name").asText()).isEqualTo("John Paul Smith");
                assertThat(john.get("postcode").asText()).isEqualTo("BN43 6AA");
                assertThat(john.get("electorNumber").asText()).isEqualTo("AA-2");
                assertThat(john.get("markers").asText()).isEqualTo("F");
                assertThat(john.get("links").get("consents").asText()).isEqualTo("/people/2/consents");
                assertThat(john.get("links").get("request").asText()).isEqualTo("/requests?person=2#intake");
                assertThat(people.get(1).get("flags").toString()).isEqualTo("[\"restricted\"]");
                JsonNode erased = people.get(3);
                assertThat(erased.get("erased").asBoolean()).isTrue();
                assertThat(erased.get("doNotContact").asBoolean()).isTrue();
                assertThat(erased.get("use").asText()).isEqualTo("erased: do not use");
                assertThat(erased.get("links").size()).as("no way onwards for an erased person").isZero();
                assertThat(WebClient.json(smiths).get("next").isNull()).isTrue();

                // Pages by key: 120 Joneses are 50 + 50 + 20, each page's nextUrl leading to the next.
                List<Long> joneses = new ArrayList<>();
                String url = "/api/people?surname=jones";
                int pages = 0;
                while (url != null) {
                    JsonNode page = WebClient.json(web.get(url));
                    page.get("people").forEach(p -> joneses.add(p.get("personId").asLong()));
                    url = page.get("nextUrl").isNull() ? null : page.get("nextUrl").asText();
                    pages++;
                }
                assertThat(pages).isEqualTo(3);
                assertThat(joneses).hasSize(PeopleSeed.JONESES).doesNotHaveDuplicates();

                // Refusals name the field, and are not searches.
                long before = ledger.latest(100, "people.search").size();
                assertBad(web.get("/api/people?elector=12"), "elector");
                assertBad(web.get("/api/people?postcode=BN43"), "postcode");
                assertBad(web.get("/api/people?forenames=John"), "forenames");
                assertBad(web.get("/api/people"), "surname");
                assertBad(web.get("/api/people?surname=jones&after=abc"), "after");
                assertBad(web.get("/api/people?surname=jones&limit=500"), "limit");
                assertThat(ledger.latest(100, "people.search")).hasSize((int) before);

                // The page: the same search, the table, and a refused field linked from its reason.
                HttpResponse<String> page = web.get("/people?surname=smith&postcode=bn43+6ab");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("id=\"people\"", "Joanna", "erased — do not use", "href=\"/people/3/consents\"")
                        .doesNotContain("href=\"/people/4/consents\"");
                HttpResponse<String> refused = web.get("/people?elector=12");
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).contains("href=\"#search-elector\"", "is not an elector number", "value=\"12\"");
                assertThat(web.get("/people").body()).contains("id=\"people-search\"").doesNotContain("id=\"people\"");

                RecordedEntry last = ledger.latest(1, "people.search").get(0);
                assertThat(last.actor()).isEqualTo("web:dana");
                assertThat(last.detailsJson()).contains("\"fields\":[\"surname\",\"postcode\"]", "\"results\":2")
                        .doesNotContain("SMITH", "smith", "BN43");
                assertThat(ledger.personsOf(last.seq())).containsExactly(PeopleSeed.JOANNA_SMITH, PeopleSeed.ERASED_SMITH);
                assertThat(ledger.latest(100, "people.search")).hasSize((int) before + 1);
            }
        }
    }

    private static void assertBad(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(WebClient.json(r).get("field").asText()).isEqualTo(field);
    }
}
