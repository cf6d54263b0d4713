package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Headless Chromium drives the Link review and Ledger pages as a data protection officer would:
 * decide two pairs (accepting a loaded file's waiting row attaches its values, and the page says
 * how many and to whom), see both decisions in the ledger, verify the chain, then see a tampered chain
 * reported where it breaks.
 */
class LedgerAndLinkReviewBrowserTest {
    private static final String PASSWORD = "a long enough password";

    @Test
    void aReviewerDecidesPairsAndTheLedgerShowsAndVerifiesTheDecisions() throws Exception {
        Chromium.assumeInstalled();
        try (var t = TestStores.open(StoreKind.DUCKDB)) {
            Population pools = Population.pools(5);
            var people = pools.people(300, 6);
            SpineSeed.insert(t.store(), people);
            CorruptedList list = CorruptedList.from(pools, people, 100, Corruption.TYPICAL, 7);
            LinkStore links = new LinkStore(t.store());
            links.run("canvass.csv", null, list.rows(),
                    LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(0.9999, 0.05)), "tester");
            long pendingPair = PendingSeed.reviewPair(t.store(), 77, 5, 1000, 1, 0.97);
            int queued = links.reviewQueue(null).size();
            assertThat(queued).isGreaterThan(2);

            Staff staff = new Staff(t.store(), 4, Clock.systemUTC());
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
            try (WebServer server = WebServer.start(t.store(), staff, 0, "127.0.0.1", false);
                    Chromium chromium = Chromium.start()) {
                WebDriver browser = chromium.driver();
                chromium.logIn(server, "asha", PASSWORD);

                chromium.navigate(By.linkText("Link review"));
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Link review");
                assertThat(browser.findElement(By.id("queue-size")).getText()).startsWith(queued + " pairs wait for review");
                chromium.shoot("link-review");

                // The pair of a loaded file's waiting row: accepting it attaches the row's values, and the page says so.
                WebElement first = browser.findElement(By.id("link-" + pendingPair));
                chromium.navigate(first.findElement(By.cssSelector("button[value=accept]")));
                assertThat(browser.findElement(By.id("queue-size")).getText()).startsWith((queued - 1) + " pairs wait for review");
                assertThat(browser.findElements(By.id("link-" + pendingPair))).as("a decided pair leaves the queue").isEmpty();
                assertThat(browser.findElement(By.id("decided")).getText()).isEqualTo("Link " + pendingPair
                        + " accepted. 2 values from line 5 of dataset 77 are now attached to person 1000.");
                chromium.shoot("link-review-accepted");

                WebElement second = browser.findElements(By.cssSelector("article.review")).get(0);
                String secondId = second.getAttribute("id");
                chromium.navigate(second.findElement(By.cssSelector("button[value=reject]")));
                assertThat(browser.findElement(By.id("queue-size")).getText()).startsWith((queued - 2) + " pairs wait for review");
                assertThat(browser.findElement(By.id("decided")).getText()).isEqualTo("Link " + secondId.substring(5) + " rejected.");
                assertThat(links.reviewQueue(null)).hasSize(queued - 2);

                chromium.navigate(By.linkText("Ledger"));
                assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Not checked since Hustings started.");
                var entries = chromium.rows("#ledger");
                assertThat(entries).extracting(r -> r.get(3)).filteredOn("link.decide"::equals).hasSize(2);
                assertThat(entries).extracting(r -> r.get(3)).filteredOn("data.attach"::equals).hasSize(1);
                assertThat(entries).extracting(r -> r.get(2)).contains("asha");
                assertThat(browser.getPageSource()).as("the ledger holds no personal value").doesNotContain(people.get(0).values()[1]);

                chromium.navigate(By.id("verify"));
                assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("The ledger is intact");
                chromium.shoot("ledger");

                t.store().write(c -> {
                    try (var s = c.createStatement()) {
                        return s.executeUpdate("UPDATE ledger_entry SET actor = 'mallory' WHERE seq = 1");
                    }
                });
                chromium.navigate(By.id("verify"));
                assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("The ledger is broken at entry 1 (edited)");
                assertThat(browser.findElement(By.id("verdict")).getAttribute("class")).isEqualTo("error");
            }
        }
    }
}
