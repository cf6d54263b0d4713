package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Headless Chromium logs in through the form, reads the Register page and logs out. */
class RegisterBrowserTest {
    @Test
    void aDataManagerLogsInReadsTheRegisterAndLogsOut() throws Exception {
        Chromium.assumeInstalled();
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            RegisterSeed.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dan", "Dan O'Brien", Role.DATA_MANAGER, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false);
                    Chromium chromium = Chromium.start()) {
                drive(chromium, server);
            }
        }
    }

    private static void drive(Chromium chromium, WebServer server) throws Exception {
        WebDriver browser = chromium.driver();
        browser.get(server.url() + "register");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        chromium.shoot("login");
        browser.findElement(By.id("username")).sendKeys("dan");
        browser.findElement(By.id("password")).sendKeys("not the password");
        chromium.navigate(By.id("login"));
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo(Staff.WRONG);

        browser.findElement(By.id("password")).sendKeys("a long enough password");
        chromium.navigate(By.id("login"));
        assertThat(browser.findElement(By.id("who")).getText()).contains("Dan O'Brien").contains("Data manager");

        chromium.shoot("home");
        chromium.navigate(By.linkText("Register"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Register");

        List<List<String>> editions = chromium.rows("#editions");
        assertThat(editions).containsExactly(
                List.of("Testbury District (E07000999)", "1 December 2025", "current", "7", "1", "1", "6"),
                List.of("Testbury District (E07000999)", "1 December 2024", "superseded", "2", "0", "0", "2"));
        assertThat(chromium.rows("#districts")).containsExactly(List.of("AA", "4"), List.of("AB", "3"));
        List<List<String>> markers = chromium.rows("#markers");
        assertThat(markers).extracting(r -> r.get(0) + "=" + r.get(2)).containsExactly(
                "N=1", "F=2", "M=0", "L=0", "G=1", "B=0", "K=0", "E=0", "Z=1", "Other letters=1", "None=2");
        assertThat(markers.get(0).get(1)).isEqualTo(org.hustings.register.Marker.N.meaning());

        WebElement refused = browser.findElement(By.id("dataset-" + RegisterSeed.REFUSED_DATASET));
        assertThat(refused.findElement(By.tagName("h3")).getText()).isEqualTo("testbury-jan.csv refused");
        List<WebElement> problems = refused.findElements(By.cssSelector("table.problems tbody tr"));
        assertThat(problems).hasSize(3);
        assertThat(problems.get(1).getText()).contains("3").contains("Surname").contains(RegisterSeed.HOSTILE_VALUE);
        assertThat(browser.findElement(By.id("dataset-" + RegisterSeed.LOADED_DATASET)).getText())
                .contains("Franchise Flag").contains("Date of Attainment").contains("31/02/2008");

        // Older editions are one click away.
        chromium.navigate(By.cssSelector("a[href='/register?edition=" + RegisterSeed.OLD_EDITION + "']"));
        assertThat(browser.findElement(By.id("detail-h")).getText()).endsWith("published 1 December 2024");
        assertThat(chromium.rows("#districts")).containsExactly(List.of("AA", "2"));
        chromium.navigate(By.linkText("Register"));
        chromium.shoot("register");
        chromium.navigate(By.linkText("testbury-jan.csv"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quarantine of one import");
        assertThat(chromium.rows("#dataset-" + RegisterSeed.REFUSED_DATASET + " table.problems")).hasSize(3);
        chromium.shoot("quarantine");

        chromium.navigate(By.id("logout"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.getPageSource()).contains("You have logged out.");
        browser.get(server.url() + "register");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}
