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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The web shell over real HTTP: login, CSRF, roles, headers and the JSON API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
    static final String PASSWORD = "a long enough password";

    private TestStores.TestStore store;
    private WebServer server;

    @BeforeAll
    void start() {
        store = TestStores.open(StoreKind.DUCKDB);
        RegisterSeed.seed(store.store());
        Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
        staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
        staff.addUser("dan", "Dan O'Brien", Role.DATA_MANAGER, PASSWORD.toCharArray());
        staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
        staff.addUser("cara", "Cara <b>Jones</b>", Role.CANVASSER, PASSWORD.toCharArray());
        server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebClient web = new WebClient(server);
        for (HttpResponse<String> r : new HttpResponse[] {web.get("/login"), web.get("/no-such-page"), web.get("/api/editions")}) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'self'");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(web.get("/no-such-page").statusCode()).isEqualTo(404);
        assertThat(web.get("/login").body()).doesNotContain("<script").doesNotContain("style=");
    }

    @Test
    void formLoginSetsAStrictHttpOnlyCookieAndLogoutEndsTheSession() {
        WebClient web = new WebClient(server);
        assertThat(web.get("/register").statusCode()).as("not logged in: off to the login page").isEqualTo(303);

        HttpResponse<String> in = web.formLogin("Asha", PASSWORD);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).contains("/");
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hustings_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain("Secure");

        HttpResponse<String> page = web.get("/register");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Asha Patel").contains("Data protection officer").contains("testbury-jan.csv");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");

        String csrf = WebClient.csrfIn(page.body());
        HttpResponse<String> out = web.postForm("/logout", Map.of("csrf", csrf));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(web.get("/register").statusCode()).isEqualTo(303);
        assertThat(web.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() {
        try (WebServer secure = WebServer.start(store.store(), new Staff(store.store(), 4, Clock.systemUTC()), 0, "127.0.0.1", true)) {
            HttpResponse<String> r = new WebClient(secure).postJson("/api/login", Map.of("username", "asha", "password", PASSWORD), null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("hustings_session=") && c.contains("Secure"));
        }
    }

    @Test
    void aWrongPasswordGetsTheGenericMessageAndNoSession() {
        WebClient web = new WebClient(server);
        HttpResponse<String> r = web.formLogin("asha", "not the password at all");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains(Staff.WRONG).contains("value=\"asha\"");
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("hustings_session=") && !c.startsWith("hustings_session=;"));

        HttpResponse<String> api = web.postJson("/api/login", Map.of("username", "nobody", "password", "whatever it is"), null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(WebClient.json(api).get("message").asText()).isEqualTo(Staff.WRONG);
        assertThat(WebClient.json(api).get("error").asText()).isEqualTo("unauthorised");
    }

    @Test
    void repeatedFailuresLockTheUsername() {
        WebClient web = new WebClient(server);
        for (int i = 0; i < 4; i++) {
            assertThat(web.formLogin("mallory", "guess number " + i).body()).contains(Staff.WRONG);
        }
        assertThat(web.formLogin("mallory", "guess number 5").body()).contains("Too many failed attempts");
    }

    @Test
    void stateChangingRequestsWithoutTheCsrfTokenAreRefused() {
        WebClient web = new WebClient(server);
        String csrf = web.apiLogin("asha", PASSWORD);

        HttpResponse<String> noToken = web.postJson("/api/logout", Map.of(), null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(WebClient.json(noToken).get("error").asText()).isEqualTo("refused");
        assertThat(WebClient.json(noToken).get("message").asText()).contains("CSRF");

        assertThat(web.postJson("/api/logout", Map.of(), "wrong-token").statusCode()).isEqualTo(403);
        HttpResponse<String> form = web.postForm("/logout", Map.of());
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(web.get("/api/me").statusCode()).as("still logged in").isEqualTo(200);

        assertThat(web.postJson("/api/logout", Map.of(), csrf).statusCode()).isEqualTo(204);
        assertThat(web.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theLoginFormNeedsItsOwnToken() {
        WebClient web = new WebClient(server);
        web.get("/login");
        HttpResponse<String> r = web.postForm("/login", Map.of("csrf", "made-up", "username", "asha", "password", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> notJson = web.postForm("/api/login", Map.of("username", "asha", "password", PASSWORD));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(notJson).get("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void eachLoginRotatesTheSession() {
        WebClient web = new WebClient(server);
        web.apiLogin("asha", PASSWORD);
        String first = sessionCookie(web);
        web.apiLogin("asha", PASSWORD);
        String second = sessionCookie(web);
        assertThat(second).isNotEqualTo(first);
        WebClient other = new WebClient(server);
        assertThat(other.get("/api/me", "Cookie", "hustings_session=" + first).statusCode()).as("the old session is gone").isEqualTo(401);
        assertThat(other.get("/api/me", "Cookie", "hustings_session=" + second).statusCode()).isEqualTo(200);
    }

    @Test
    void aCanvasserMayNotOpenTheRegister() {
        WebClient web = new WebClient(server);
        assertThat(web.formLogin("cara", PASSWORD).statusCode()).isEqualTo(303);
        HttpResponse<String> home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Cara &lt;b&gt;Jones&lt;/b&gt;").doesNotContain("<b>Jones</b>").doesNotContain("href=\"/register\"");

        HttpResponse<String> page = web.get("/register");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Your role (Canvasser) may not open this page");
        HttpResponse<String> api = web.get("/api/editions");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(WebClient.json(api).get("error").asText()).isEqualTo("refused");
    }

    @Test
    void anOrganiserSeesCountsButNotTheQuarantine() {
        WebClient web = new WebClient(server);
        web.apiLogin("olly", PASSWORD);
        HttpResponse<String> page = web.get("/register");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Testbury District").contains("Your role does not show the quarantine").doesNotContain("testbury-jan.csv");
        assertThat(web.get("/api/datasets").statusCode()).isEqualTo(403);
        assertThat(web.get("/api/editions").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiMirrorsThePage() {
        WebClient web = new WebClient(server);
        assertThat(web.get("/api/editions").statusCode()).isEqualTo(401);
        JsonNode login = WebClient.json(web.postJson("/api/login", Map.of("username", "dan", "password", PASSWORD), null));
        assertThat(login.get("user").get("role").asText()).isEqualTo("DATA_MANAGER");
        assertThat(login.get("csrf").asText()).hasSize(43);

        JsonNode editions = WebClient.json(web.get("/api/editions")).get("editions");
        assertThat(editions).hasSize(2);
        assertThat(editions.get(0).get("id").asLong()).isEqualTo(RegisterSeed.EDITION);
        assertThat(editions.get(0).get("publishedOn").asText()).isEqualTo("2025-12-01");

        JsonNode edition = WebClient.json(web.get("/api/editions/" + RegisterSeed.EDITION));
        assertThat(edition.get("districts").toString()).isEqualTo("[{\"pollingDistrict\":\"AA\",\"entries\":4},{\"pollingDistrict\":\"AB\",\"entries\":3}]");
        assertThat(edition.get("markers").get(1).get("marker").asText()).isEqualTo("F");
        assertThat(edition.get("markers").get(1).get("entries").asLong()).isEqualTo(2);
        assertThat(edition.get("unmarked").asLong()).isEqualTo(2);

        JsonNode datasets = WebClient.json(web.get("/api/datasets?limit=2"));
        assertThat(datasets.get("total").asLong()).isEqualTo(3);
        assertThat(datasets.get("items")).hasSize(2);
        assertThat(datasets.get("items").get(0).get("loadedAt").asText()).isEqualTo("2026-01-05T09:30:00Z");

        JsonNode problems = WebClient.json(web.get("/api/datasets/" + RegisterSeed.REFUSED_DATASET + "/problems"));
        assertThat(problems.get("dataset").get("status").asText()).isEqualTo("refused");
        assertThat(problems.get("problems").get("items")).hasSize(3);
        assertThat(problems.get("problems").get("items").get(1).get("value").asText()).isEqualTo(RegisterSeed.HOSTILE_VALUE);
    }

    @Test
    void theQuarantineOfOneImportIsPaginated() {
        try (var own = TestStores.open(StoreKind.DUCKDB)) {
            RegisterSeed.seed(own.store());
            own.store().write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO problem VALUES (201, 'rejected', 'testbury-2025.csv', ?, 'Postcode', 'bad_postcode', "
                        + "'Not a postcode.', ?)")) {
                    for (int line = 100; line < 250; line++) {
                        ps.setLong(1, line);
                        ps.setString(2, "ZZ" + line);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            Staff staff = new Staff(own.store(), 4, Clock.systemUTC());
            staff.addUser("dan", "Dan", Role.DATA_MANAGER, PASSWORD.toCharArray());
            staff.addUser("olly", "Olly", Role.ORGANISER, PASSWORD.toCharArray());
            try (WebServer web = WebServer.start(own.store(), staff, 0, "127.0.0.1", false)) {
                WebClient dan = new WebClient(web);
                dan.apiLogin("dan", PASSWORD);
                String register = dan.get("/register").body();
                assertThat(register).contains("the first 20 of 152").contains("href=\"/register/datasets/201\"");
                String first = dan.get("/register/datasets/201").body();
                assertThat(first).contains("Problems 1 to 100 of 152").contains("ZZ197").doesNotContain("ZZ198").contains("?page=2");
                String second = dan.get("/register/datasets/201?page=2").body();
                assertThat(second).contains("Problems 101 to 152 of 152").contains("ZZ249").doesNotContain("ZZ197");
                assertThat(dan.get("/register/datasets/999").statusCode()).isEqualTo(404);
                assertThat(dan.get("/register/datasets/201?page=0").body()).contains("field: page");

                WebClient olly = new WebClient(web);
                olly.apiLogin("olly", PASSWORD);
                assertThat(olly.get("/register/datasets/201").statusCode()).isEqualTo(403);
            }
        }
    }

    @Test
    void badRequestsNameTheField() {
        WebClient web = new WebClient(server);
        web.apiLogin("dan", PASSWORD);
        HttpResponse<String> badId = web.get("/api/editions/abc");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(badId).get("field").asText()).isEqualTo("id");
        HttpResponse<String> badLimit = web.get("/api/datasets?limit=0");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(badLimit).get("field").asText()).isEqualTo("limit");
        assertThat(WebClient.json(badLimit).get("message").asText()).contains("between 1 and 100");
        HttpResponse<String> missing = web.get("/api/editions/999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(WebClient.json(missing).get("error").asText()).isEqualTo("not_found");
        assertThat(WebClient.json(missing).has("field")).isFalse();
        HttpResponse<String> noPassword = new WebClient(server).postJson("/api/login", Map.of("username", "dan"), null);
        assertThat(noPassword.statusCode()).isEqualTo(400);
        assertThat(WebClient.json(noPassword).get("field").asText()).isEqualTo("password");
        assertThat(web.get("/register?edition=x").body()).contains("field: edition");
    }

    @Test
    void valuesFromFilesAreEscapedOnThePage() {
        WebClient web = new WebClient(server);
        web.apiLogin("asha", PASSWORD);
        String body = web.get("/register").body();
        assertThat(body).doesNotContain(RegisterSeed.HOSTILE_VALUE).contains("&lt;script&gt;alert(");
    }

    private static String sessionCookie(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("hustings_session"))
                .findFirst().orElseThrow().getValue();
    }
}
