package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Headless Chromium on a request's page: a list row the linker left in the review band is listed,
 * confirmed into the request and shows up in the reply; the request is extended and the extension
 * letter (UK GDPR Art 12(3)) is viewed, downloaded as a PDF and recorded as sent.
 */
class RightsLettersBrowserTest {

    @Test
    void reviewBandRowAndExtensionLetterOnTheRequestPage() throws Exception {
        Chromium.assumeInstalled();
        Path downloads = Files.createTempDirectory("hustings-downloads");
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            RightsBrowserTest.seed(store.store());
            reviewRow(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dee", "Dee Peo", Role.DPO, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
                    Chromium chromium = Chromium.start(downloads)) {
                drive(chromium.driver(), server, downloads);
            }
        } finally {
            TestStoresCleanup.deleteTree(downloads);
        }
    }

    private static void drive(WebDriver browser, WebServer server, Path downloads) throws Exception {
        RightsBrowserTest.login(browser, server, "dee");
        browser.get(server.url() + "requests");
        browser.findElement(By.id("name")).sendKeys("Grace Hopper");
        RightsBrowserTest.navigate(browser, By.id("take-in"));
        browser.findElement(By.id("id-evidence")).sendKeys("Driving licence seen");
        RightsBrowserTest.setDate(browser, "id-received", LocalDate.now());
        RightsBrowserTest.navigate(browser, By.id("record-identity"));
        browser.findElement(By.id("q-name")).sendKeys("Grace Hopper");
        RightsBrowserTest.navigate(browser, By.id("search"));
        RightsBrowserTest.navigate(browser, By.id("match-7"));

        assertThat(browser.findElement(By.id("review-links")).getText()).contains("broker.csv", "line 4", "Hopper");
        RightsBrowserTest.navigate(browser, By.id("view-reply"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("cat-lover");
        browser.get(server.url() + "requests/1");
        RightsBrowserTest.navigate(browser, By.id("confirm-link-1"));
        assertThat(browser.findElements(By.id("review-links"))).isEmpty();
        assertThat(browser.findElement(By.id("history")).getText()).contains("Confirmed line 4 of dataset 901");
        RightsBrowserTest.navigate(browser, By.id("view-reply"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("cat-lover");
        browser.get(server.url() + "requests/1");

        browser.findElement(By.id("ext-reason")).sendKeys("Your data is in many files, and we must check each one.");
        RightsBrowserTest.setDate(browser, "told", LocalDate.now());
        RightsBrowserTest.navigate(browser, By.cssSelector("#extend button"));
        RightsBrowserTest.navigate(browser, By.id("view-extension-letter"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("We need more time to answer you",
                "Your data is in many files", "Article 12(3)");
        browser.get(server.url() + "requests/1");
        browser.findElement(By.id("download-extension-letter")).click();
        Path pdf = downloads.resolve("extension-letter-R-1.pdf");
        for (int i = 0; i < 100 && !Files.exists(pdf); i++) {
            Thread.sleep(100);
        }
        assertThat(pdf).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        RightsBrowserTest.navigate(browser, By.id("send-extension-letter"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Extension letter sent");
    }

    /** A broker file's line 4, not attached to anyone, that the linker put in the review band for person 7. */
    static void reviewRow(Store s) {
        s.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO dataset (id, source_id, kind, file_name, file_sha256, status, loaded_by) "
                        + "SELECT 901, source_id, 'broker', 'broker.csv', '" + "1".repeat(64) + "', 'loaded', 't' FROM dataset WHERE id = 900");
                st.execute("INSERT INTO dataset_field (dataset_id, field, category, special_category, nature) "
                        + "VALUES (901, 'segment', 'geodemographic.segment', FALSE, 'estimated')");
                st.execute("INSERT INTO attribute_value (dataset_id, line_no, field, value) VALUES (901, 4, 'segment', 'cat-lover')");
                st.execute("INSERT INTO pending_row (dataset_id, line_no, reason, forenames, surname, postcode) "
                        + "VALUES (901, 4, 'no-match', 'G', 'Hopper', 'BN43 6AA')");
                st.execute("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, link_threshold, review_threshold, "
                        + "list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                        + "VALUES (1, 'dataset:901', 901, '" + "c".repeat(64) + "', '{}', 0.9, 0.5, 1, 1, 1, 0, 1, 0, 't')");
                st.execute("INSERT INTO link (id, run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, "
                        + "pair_key, status) VALUES (1, 1, 901, '4', 7, 7, 0.7, 1.0, "
                        + "'{\"list\":{\"forenames\":\"G\",\"surname\":\"Hopper\"},\"register\":{\"forenames\":\"Grace\",\"surname\":\"Hopper\"}}', '"
                        + "d".repeat(64) + "', 'review')");
            }
            return null;
        });
    }
}
