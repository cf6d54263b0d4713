package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Ledger page and its API over real HTTP: entries, verification, the re-verify button, roles. */
class LedgerPageTest {
    static final String PASSWORD = "a long enough password";

    private TestStores.TestStore store;
    private WebServer server;
    private Ledger ledger;

    @BeforeEach
    void start() {
        store = TestStores.open(StoreKind.DUCKDB);
        ledger = new Ledger(store.store());
        ledger.append(new LedgerEntry("cli", "import.register", "dataset:1", Map.of("rows", 3), List.of(1L, 2L, 3L)));
        ledger.append(new LedgerEntry("asha", "gate.read", "purpose:canvassing",
                Map.of("people", 2, "fields", List.of("contact.phone")), List.of(2L, 3L)));
        ledger.append(new LedgerEntry("asha", "config.source", "source:ero", Map.of()));
        Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
        staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
        staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
        server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void theApiListsEntriesNewestFirstAndVerifiesTheChain() {
        WebClient web = new WebClient(server);
        web.apiLogin("asha", PASSWORD);

        HttpResponse<String> list = web.get("/api/ledger");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode entries = WebClient.json(list).get("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).get("seq").asLong()).isEqualTo(3);
        JsonNode read = entries.get(1);
        assertThat(read.get("action").asText()).isEqualTo("gate.read");
        assertThat(read.get("details").get("fields").get(0).asText()).isEqualTo("contact.phone");
        assertThat(read.get("personCount").asLong()).isEqualTo(2);
        assertThat(read.get("previousHash").asText()).isEqualTo(entries.get(2).get("hash").asText());

        assertThat(WebClient.json(web.get("/api/ledger?action=import.register&limit=5")).get("entries")).hasSize(1);
        HttpResponse<String> bad = web.get("/api/ledger?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(bad).get("message").asText()).contains("limit");
        assertThat(web.get("/api/ledger?action=Drop%20table").statusCode()).isEqualTo(400);

        JsonNode ok = WebClient.json(web.get("/api/ledger/verify"));
        assertThat(ok.get("intact").asBoolean()).isTrue();
        assertThat(ok.get("entries").asLong()).isEqualTo(3);
        assertThat(ok.get("headHash").asText()).isEqualTo(entries.get(0).get("hash").asText());
    }

    @Test
    void theApiSaysWhereATamperedChainBreaks() {
        store.store().write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE ledger_entry SET actor = 'mallory' WHERE seq = 2");
            }
        });
        WebClient web = new WebClient(server);
        web.apiLogin("asha", PASSWORD);
        JsonNode broken = WebClient.json(web.get("/api/ledger/verify"));
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("position").asLong()).isEqualTo(2);
        assertThat(broken.get("tampering").asText()).isEqualTo("EDITED");
        assertThat(broken.get("intactBefore").asLong()).isEqualTo(1);
        assertThat(broken.get("message").asText()).startsWith("The ledger is broken at entry 2 (edited)");
    }

    @Test
    void thePageShowsEntriesAndTheButtonReVerifies() {
        WebClient web = new WebClient(server);
        assertThat(web.formLogin("asha", PASSWORD).statusCode()).isEqualTo(303);
        assertThat(web.get("/").body()).contains("href=\"/ledger\"");

        HttpResponse<String> page = web.get("/ledger");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/ledger\">Ledger</a>").contains("Not checked since Hustings started").contains("purpose:canvassing")
                .contains("import.register").contains("&quot;people&quot;:2}");
        String csrf = WebClient.csrfIn(page.body());

        assertThat(web.postForm("/ledger/verify", Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
        HttpResponse<String> verified = web.postForm("/ledger/verify", Map.of("csrf", csrf));
        assertThat(verified.statusCode()).isEqualTo(303);
        assertThat(web.get("/ledger").body()).contains("The ledger is intact: 3 entries").contains("by asha");

        store.store().write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM ledger_entry WHERE seq = 3");
            }
        });
        web.postForm("/ledger/verify", Map.of("csrf", csrf));
        assertThat(web.get("/ledger").body()).contains("The ledger is broken at entry 3 (deleted)");
        assertThat(web.get("/ledger?action=gate.read").body()).contains("for gate.read").doesNotContain("source:ero");
    }

    @Test
    void anOrganiserMayNotSeeTheLedger() {
        WebClient web = new WebClient(server);
        web.apiLogin("olly", PASSWORD);
        assertThat(web.get("/api/ledger").statusCode()).isEqualTo(403);
        assertThat(web.get("/api/ledger/verify").statusCode()).isEqualTo(403);
        assertThat(web.get("/ledger").statusCode()).isEqualTo(403);
        assertThat(web.get("/").body()).doesNotContain("href=\"/ledger\"");
    }
}
