package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.register.PeopleSeed;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Headless Chromium: a data manager opens People from the menu, finds a person by surname, then
 * two by postcode (one erased, shown without links), follows a person's link to their consents,
 * takes in a request for one of them (matched as it is taken in), and pages through a common
 * surname; each search is in the ledger with the people it found.
 * Set {@code -Dhustings.screenshots=/tmp} to keep screenshots.
 */
class PeopleBrowserTest {
    private static final String PASSWORD = "a long enough password";

    @Test
    void aDataManagerFindsPeopleAndGoesOnToTheirConsents() throws Exception {
        Chromium.assumeInstalled();
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            PeopleSeed.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dana", "Dana Scully", Role.DATA_MANAGER, PASSWORD.toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
                    Chromium chromium = Chromium.start()) {
                drive(chromium, server);
            }
            Ledger ledger = new Ledger(store.store());
            List<RecordedEntry> searches = ledger.latest(10, "people.search");
            assertThat(searches).hasSize(5).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo("web:dana");
                assertThat(e.detailsJson()).doesNotContain("NEILL", "neill", "BN43", "bn43", "JONES", "jones");
            });
            // Newest first: the second page of Joneses, the first, the postcode (twice: again after the request), the surname.
            assertThat(searches.get(4).detailsJson()).contains("\"fields\":[\"surname\"]", "\"results\":1");
            assertThat(ledger.personsOf(searches.get(4).seq())).containsExactly(PeopleSeed.ONEILL);
            assertThat(searches.get(3).detailsJson()).contains("\"fields\":[\"postcode\"]", "\"results\":2");
            assertThat(ledger.personsOf(searches.get(3).seq())).containsExactly(PeopleSeed.JOANNA_SMITH, PeopleSeed.ERASED_SMITH);
            assertThat(searches.get(2).detailsJson()).isEqualTo(searches.get(3).detailsJson());
            assertThat(searches.get(1).detailsJson()).contains("\"more\":true", "\"continued\":false");
            assertThat(searches.get(0).detailsJson()).contains("\"continued\":true");
            assertThat(searches.get(0).personCount()).isEqualTo(50);
        }
    }

    private static void drive(Chromium chromium, WebServer server) throws Exception {
        WebDriver browser = chromium.driver();
        chromium.logIn(server, "dana", PASSWORD);
        chromium.navigate(By.linkText("People"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("People");
        assertThat(browser.findElements(By.id("people"))).isEmpty();

        // By surname, typed loosely.
        WebElement form = browser.findElement(By.id("people-search"));
        form.findElement(By.id("search-surname")).sendKeys("o'neill");
        chromium.navigate(By.id("people-find"));
        List<List<String>> rows = chromium.rows("#people");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("Siobhán O'Néill", "1 Mill Lane, Shoreham", "BN43 6AA", "AA-1", "—", "—",
                String.valueOf(PeopleSeed.ONEILL), "Consents · Take in a request for this person");
        chromium.shoot("people-surname");

        // By postcode: one restricted, one erased (kept on the register, no way onwards).
        browser.findElement(By.id("search-surname")).clear();
        browser.findElement(By.id("search-postcode")).sendKeys("bn436ab");
        chromium.navigate(By.id("people-find"));
        rows = chromium.rows("#people");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("Joanna Smith", "Mary-Jane Smith");
        assertThat(rows.get(0).get(5)).isEqualTo("Restricted: keep, do not use (Art 18)");
        assertThat(rows.get(1).get(5)).isEqualTo("Erased: do not use (UK GDPR Art 17); Do not contact");
        assertThat(rows.get(1).get(7)).isEqualTo("erased — do not use");
        assertThat(browser.findElement(By.id("person-" + PeopleSeed.ERASED_SMITH)).findElements(By.tagName("a"))).isEmpty();
        assertThat(browser.findElement(By.id("person-" + PeopleSeed.JOANNA_SMITH)).findElement(By.cssSelector("a.request"))
                .getAttribute("href")).endsWith("/requests?person=" + PeopleSeed.JOANNA_SMITH + "#intake");
        chromium.shoot("people-postcode");

        // A request taken in for the person found: matched to them as it is taken in.
        chromium.navigate(By.cssSelector("#person-" + PeopleSeed.JOANNA_SMITH + " a.request"));
        assertThat(browser.findElement(By.id("intake-person")).getText()).contains("About person " + PeopleSeed.JOANNA_SMITH);
        browser.findElement(By.id("name")).sendKeys("Joanna Smith");
        chromium.navigate(By.id("take-in"));
        assertThat(browser.findElement(By.id("person")).getText()).isEqualTo("person " + PeopleSeed.JOANNA_SMITH);
        chromium.shoot("people-request-taken-in");
        chromium.navigate(By.linkText("People"));
        browser.findElement(By.id("search-postcode")).sendKeys("bn436ab");
        chromium.navigate(By.id("people-find"));

        // On to the restricted person's consents, and back.
        chromium.navigate(By.cssSelector("#person-" + PeopleSeed.JOANNA_SMITH + " a.consents"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Consents of person " + PeopleSeed.JOANNA_SMITH);
        chromium.navigate(By.linkText("People"));

        // A common surname, a page at a time.
        browser.findElement(By.id("search-surname")).sendKeys("Jones");
        chromium.navigate(By.id("people-find"));
        List<List<String>> first = chromium.rows("#people");
        assertThat(first).hasSize(50);
        chromium.navigate(By.id("people-next"));
        List<List<String>> second = chromium.rows("#people");
        assertThat(second).hasSize(50);
        assertThat(second.get(0)).isNotEqualTo(first.get(0));
        assertThat(browser.findElement(By.id("people-first")).getAttribute("href")).endsWith("/people?surname=Jones");
        chromium.shoot("people-page-2");
    }
}
