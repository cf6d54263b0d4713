package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.hustings.ledger.Ledger;
import org.hustings.link.store.LinkStore;
import org.hustings.link.store.PendingSeed;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attaching a pending row by hand through the API ({@code POST /api/datasets/{id}/pending/{line}/attach}):
 * who may, and that it closes the row's open review pairs and says how many (docs/adr/0135).
 */
class PendingRowsApiTest {
    static final String PASSWORD = "a long enough password";

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void attachingARowByHandClosesItsPairsAndSaysHowMany(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            long pair = PendingSeed.reviewPair(t.store(), 77, 7, 1002, 3, 0.95);
            long other = PendingSeed.otherCandidate(t.store(), 77, 7, 1003, 4, 0.94);
            long elsewhere = PendingSeed.reviewPair(t.store(), 77, 8, 1004, 5, 0.93);
            Staff staff = new Staff(t.store(), 4, Clock.systemUTC());
            staff.addUser("dan", "Dan O'Brien", Role.DATA_MANAGER, PASSWORD.toCharArray());
            staff.addUser("aud", "Ada Auditor", Role.AUDITOR, PASSWORD.toCharArray());
            try (WebServer server = WebServer.start(t.store(), staff, 0, "127.0.0.1", false)) {
                WebClient auditor = new WebClient(server);
                String auditorCsrf = auditor.apiLogin("aud", PASSWORD);
                assertThat(auditor.postJson("/api/datasets/77/pending/7/attach", Map.of("personId", 1003), auditorCsrf).statusCode())
                        .as("an auditor reads, does not decide").isEqualTo(403);

                WebClient dan = new WebClient(server);
                String csrf = dan.apiLogin("dan", PASSWORD);
                assertThat(dan.postJson("/api/datasets/77/pending/7/attach", Map.of("personId", "nobody"), csrf).statusCode()).isEqualTo(400);
                assertThat(dan.postJson("/api/datasets/77/pending/7/attach", Map.of("personId", 999_999), csrf).statusCode()).isEqualTo(404);
                LinkStore links = new LinkStore(t.store());
                assertThat(links.reviewQueue(null)).as("a refused attachment closes nothing").hasSize(3);

                HttpResponse<String> attached = dan.postJson("/api/datasets/77/pending/7/attach", Map.of("personId", 1003), csrf);
                assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
                var body = WebClient.json(attached);
                assertThat(body.get("valuesAttached").asLong()).isEqualTo(2);
                assertThat(body.get("superseded").asLong()).isEqualTo(2);
                assertThat(body.get("personId").asLong()).isEqualTo(1003);
                assertThat(body.get("probability").asDouble()).isEqualTo(1.0);
                assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(elsewhere).doesNotContain(pair, other);
                var entry = new Ledger(t.store()).latest(1, "data.attach").get(0);
                assertThat(entry.actor()).isEqualTo("web:dan");
                assertThat(entry.detailsJson()).contains("\"superseded\":2");

                HttpResponse<String> twice = dan.postJson("/api/datasets/77/pending/7/attach", Map.of("personId", 1002), csrf);
                assertThat(twice.statusCode()).isEqualTo(409);
                assertThat(twice.body()).contains("already attached to person 1003");
                assertThat(dan.postJson("/api/link/review/" + pair + "/accept", Map.of(), csrf).statusCode()).isEqualTo(409);
            }
        }
    }
}
