package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Thresholds;
import org.hustings.link.store.LinkStore;
import org.hustings.link.store.PendingSeed;
import org.hustings.link.store.SpineSeed;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;

/**
 * The link review page and API: who may see and decide, that decisions are stored under the reviewer,
 * and that accepting a dataset's pending row attaches its values and says how many, to whom.
 */
class LinkReviewWebTest {
    static final String PASSWORD = "a long enough password";

    @Test
    void reviewersSeeThePairsSideBySideAndDecide() {
        try (var t = TestStores.open(StoreKind.DUCKDB)) {
            Population pools = Population.pools(5);
            var people = pools.people(300, 6);
            SpineSeed.insert(t.store(), people);
            CorruptedList list = CorruptedList.from(pools, people, 100, Corruption.TYPICAL, 7);
            LinkStore links = new LinkStore(t.store());
            links.run("canvass.csv", null, list.rows(), LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(0.9999, 0.05)), "tester");
            int queued = links.reviewQueue(null).size();
            assertThat(queued).isGreaterThan(2);

            Staff staff = new Staff(t.store(), 4, Clock.systemUTC());
            staff.addUser("dan", "Dan O'Brien", Role.DATA_MANAGER, PASSWORD.toCharArray());
            staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
            try (WebServer server = WebServer.start(t.store(), staff, 0, "127.0.0.1", false)) {
                WebClient organiser = new WebClient(server);
                organiser.apiLogin("olly", PASSWORD);
                assertThat(organiser.get("/api/link/review").statusCode()).isEqualTo(403);

                WebClient dan = new WebClient(server);
                String csrf = dan.apiLogin("dan", PASSWORD);
                HttpResponse<String> page = dan.get("/link/review");
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("Link review", queued + " pairs wait for review", "Same person: accept", "given_name");

                var api = WebClient.json(dan.get("/api/link/review?limit=5"));
                assertThat(api.get("total").asInt()).isEqualTo(queued);
                long first = api.get("items").get(0).get("linkId").asLong();
                assertThat(api.get("items").get(0).get("explanation").get("parts").size()).isPositive();

                HttpResponse<String> accepted = dan.postJson("/api/link/review/" + first + "/accept", Map.of(), csrf);
                assertThat(accepted.statusCode()).isEqualTo(200);
                assertThat(WebClient.json(accepted).get("status").asText()).isEqualTo("accepted");
                HttpResponse<String> again = dan.postJson("/api/link/review/" + first + "/reject", Map.of(), csrf);
                assertThat(again.statusCode()).isEqualTo(409);

                long second = WebClient.json(dan.get("/api/link/review")).get("items").get(0).get("linkId").asLong();
                HttpResponse<String> form = dan.postForm("/link/review/" + second, Map.of("csrf", csrf, "decision", "reject"));
                assertThat(form.statusCode()).isEqualTo(303);
                assertThat(links.reviewQueue(null)).hasSize(queued - 2);
                assertThat(dan.postForm("/link/review/" + second, Map.of("decision", "reject")).statusCode()).isEqualTo(403);

                // A dataset's pending row: accepting attaches its values to the person and says how many (docs/adr/0133).
                long rowA = PendingSeed.reviewPair(t.store(), 77, 5, 1000, 1, 0.97);
                long rowB = PendingSeed.reviewPair(t.store(), 77, 6, 1001, 2, 0.96);
                var byApi = WebClient.json(dan.postJson("/api/link/review/" + rowA + "/accept", Map.of(), csrf));
                assertThat(byApi.get("status").asText()).isEqualTo("accepted");
                assertThat(byApi.get("valuesAttached").asLong()).isEqualTo(2);
                assertThat(byApi.get("personId").asLong()).isEqualTo(1000);
                assertThat(byApi.get("line").asLong()).isEqualTo(5);
                assertThat(byApi.get("modelProbability").asDouble()).isEqualTo(0.97);
                assertThat(dan.postJson("/api/link/review/" + rowA + "/accept", Map.of(), csrf).statusCode()).as("accepting twice").isEqualTo(409);

                HttpResponse<String> byForm = dan.postForm("/link/review/" + rowB, Map.of("csrf", csrf, "decision", "accept"));
                assertThat(byForm.statusCode()).isEqualTo(303);
                assertThat(byForm.headers().firstValue("Location")).hasValue("/link/review?decided=" + rowB);
                assertThat(dan.get("/link/review?decided=" + rowB).body())
                        .contains("Link " + rowB + " accepted. 2 values from line 6 of dataset 77 are now attached to person 1001.");
                long confirmed = t.store().read(c -> {
                    try (var st = c.createStatement(); var r = st.executeQuery("SELECT count(*) FROM attribute_value WHERE dataset_id = 77 "
                            + "AND person_id IS NOT NULL AND link_probability = 1.0")) {
                        r.next();
                        return r.getLong(1);
                    }
                });
                assertThat(confirmed).as("both rows' values, at 1.0").isEqualTo(4);
                assertThat(byApi.get("superseded").asLong()).as("the row had no other pair").isZero();

                // A row two runs queued with two candidates: accepting one closes the other, and the page says so.
                long rowC = PendingSeed.reviewPair(t.store(), 77, 7, 1002, 3, 0.95);
                long rowCOther = PendingSeed.otherCandidate(t.store(), 77, 7, 1003, 4, 0.94);
                assertThat(dan.get("/link/review").body()).contains("id=\"link-" + rowC + "\"", "id=\"link-" + rowCOther + "\"");
                assertThat(dan.postForm("/link/review/" + rowC, Map.of("csrf", csrf, "decision", "accept")).statusCode()).isEqualTo(303);
                String after = dan.get("/link/review?decided=" + rowC).body();
                assertThat(after).contains("2 values from line 7 of dataset 77 are now attached to person 1002.",
                        "1 other pair for this row is closed, so it leaves the queue.").doesNotContain("id=\"link-" + rowCOther + "\"");
                var queue = WebClient.json(dan.get("/api/link/review?limit=" + Api.MAX_LIMIT));
                assertThat(queue.get("items").findValues("linkId")).extracting(n -> n.asLong()).doesNotContain(rowC, rowCOther);
                assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).doesNotContain(rowC, rowCOther);
                HttpResponse<String> closed = dan.postJson("/api/link/review/" + rowCOther + "/accept", Map.of(), csrf);
                assertThat(closed.statusCode()).isEqualTo(409);
                assertThat(closed.body()).contains("superseded");
            }
        }
    }
}
