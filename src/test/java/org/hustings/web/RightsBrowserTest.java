package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Headless Chromium walks a subject access request from intake to the downloaded PDF: the DPO
 * takes the request in, records the identity evidence, finds and confirms the person, reads the
 * reply and downloads it as a PDF.
 */
class RightsBrowserTest {
    @Test
    void aRequestFromIntakeToTheDownloadedPdf() throws Exception {
        Chromium.assumeInstalled();
        Path downloads = Files.createTempDirectory("hustings-downloads");
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dee", "Dee Peo", Role.DPO, "a long enough password".toCharArray());
            staff.addUser("cal", "Cal Canvasser", Role.CANVASSER, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
                    Chromium chromium = Chromium.start(downloads)) {
                drive(chromium.driver(), server, downloads);
            }
        } finally {
            TestStoresCleanup.deleteTree(downloads);
        }
    }

    private static void drive(WebDriver browser, WebServer server, Path downloads) throws Exception {
        login(browser, server, "cal");
        browser.get(server.url() + "requests");
        assertThat(browser.getPageSource()).doesNotContain("Take in a request");
        browser.manage().deleteAllCookies();

        login(browser, server, "dee");
        assertThat(browser.findElement(By.linkText("Requests")).getAttribute("href")).endsWith("/requests");
        browser.get(server.url() + "requests");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rights requests");
        browser.findElement(By.id("name")).sendKeys("Grace Hopper");
        browser.findElement(By.id("contact")).sendKeys("grace@example.org");
        navigate(browser, By.id("take-in"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Request R-1");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("waiting for identity");
        browser.findElement(By.id("id-evidence")).sendKeys("Driving licence seen, name and address match");
        setDate(browser, "id-received", LocalDate.now());
        navigate(browser, By.id("record-identity"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("due");
        assertThat(browser.findElement(By.id("deadline")).getText()).isNotEqualTo("—");

        browser.findElement(By.id("q-name")).sendKeys("Grace Hopper");
        browser.findElement(By.id("q-postcode")).sendKeys("bn43 6aa");
        navigate(browser, By.id("search"));
        assertThat(browser.findElement(By.id("candidates")).getText()).contains("Grace Hopper").contains("name, postcode");
        navigate(browser, By.id("match-7"));
        assertThat(browser.findElement(By.id("person")).getText()).isEqualTo("person 7");

        navigate(browser, By.id("view-reply"));
        String reply = browser.findElement(By.tagName("body")).getText();
        assertThat(reply).contains("The data we hold about you", "Hopper", "7 Mill Lane", "Art 15(1)(h)", "ico.org.uk");
        browser.navigate().back();

        browser.findElement(By.id("download-pdf")).click();
        Path pdf = downloads.resolve("access-reply-R-1.pdf");
        for (int i = 0; i < 100 && !Files.exists(pdf); i++) {
            Thread.sleep(100);
        }
        assertThat(pdf).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.get(server.url() + "requests/1");
        navigate(browser, By.id("send-reply"));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("completed");
        assertThat(browser.findElement(By.id("history")).getText()).contains("intake", "identity", "match", "Access reply sent");
        browser.get(server.url() + "requests");
        assertThat(browser.findElement(By.id("queue-empty")).getText()).isEqualTo("No open requests.");
    }

    static void login(WebDriver browser, WebServer server, String user) {
        browser.get(server.url() + "login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        navigate(browser, By.id("login"));
        browser.findElement(By.id("who"));
    }

    /** Clicks something that loads a new page and waits until the old page is gone, so no element of it is read. */
    static void navigate(WebDriver browser, By by) {
        Chromium.navigate(browser, browser.findElement(by));
    }

    /** Date inputs take keys in the browser's locale order; set the ISO value directly instead. */
    static void setDate(WebDriver browser, String id, LocalDate d) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, d.toString());
    }

    static void seed(Store s) {
        new Purposes(s).seedDefaults("test");
        s.write(c -> {
            long source = new Sources(s).ensureRegisterSource(c, "E07000223", "Adur");
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO dataset (id, source_id, kind, file_name, file_sha256, status, loaded_by) VALUES (900, "
                        + source + ", 'register', 'r.csv', '" + "0".repeat(64) + "', 'loaded', 't')");
                st.execute("INSERT INTO register_edition (id, la_code, published_on, dataset_id, status) "
                        + "VALUES (900, 'E07000223', DATE '2024-12-01', 900, 'current')");
                st.execute("INSERT INTO person (id, first_dataset_id) VALUES (7, 900)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                    + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, forenames, surname, address1, postcode, "
                    + "line_no, dataset_id, match_key) VALUES (7, 900, 7, 'AA', 'AA-7', 'AA', 7, 0, FALSE, FALSE, FALSE, 'Grace', 'Hopper', "
                    + "'7 Mill Lane', 'BN43 6AA', 2, 900, 'HOPPER|GRACE|7 MILL LANE |BN436AA')")) {
                ps.executeUpdate();
            }
            return null;
        });
    }
}
