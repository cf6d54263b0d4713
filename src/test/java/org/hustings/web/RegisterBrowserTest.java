package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium logs in through the form, reads the Register page and logs out. Set
 * {@code -Dhustings.screenshots=/tmp} to keep screenshots of the pages it visits.
 */
class RegisterBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aDataManagerLogsInReadsTheRegisterAndLogsOut() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        Path profile = Files.createTempDirectory("hustings-chromium");
        try (var store = TestStores.open(StoreKind.DUCKDB)) {
            RegisterSeed.seed(store.store());
            Staff staff = new Staff(store.store(), 4, Clock.systemUTC());
            staff.addUser("dan", "Dan O'Brien", Role.DATA_MANAGER, "a long enough password".toCharArray());
            try (WebServer server = WebServer.start(store.store(), staff, 0, "127.0.0.1", false)) {
                WebDriver browser = chromium(profile);
                try {
                    drive(browser, server);
                } finally {
                    browser.quit();
                }
            }
        } finally {
            TestStoresCleanup.deleteTree(profile);
        }
    }

    private static void drive(WebDriver browser, WebServer server) throws Exception {
        browser.get(server.url() + "register");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        shoot(browser, "login");
        browser.findElement(By.id("username")).sendKeys("dan");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("login")).click();
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo(Staff.WRONG);

        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.id("login")).click();
        assertThat(browser.findElement(By.id("who")).getText()).contains("Dan O'Brien").contains("Data manager");

        shoot(browser, "home");
        browser.findElement(By.linkText("Register")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Register");

        List<List<String>> editions = rows(browser, "editions");
        assertThat(editions).containsExactly(
                List.of("Testbury District (E07000999)", "1 December 2025", "current", "7", "1", "1", "6"),
                List.of("Testbury District (E07000999)", "1 December 2024", "superseded", "2", "0", "0", "2"));
        assertThat(rows(browser, "districts")).containsExactly(List.of("AA", "4"), List.of("AB", "3"));
        List<List<String>> markers = rows(browser, "markers");
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
        browser.findElement(By.cssSelector("a[href='/register?edition=" + RegisterSeed.OLD_EDITION + "']")).click();
        assertThat(browser.findElement(By.id("detail-h")).getText()).endsWith("published 1 December 2024");
        assertThat(rows(browser, "districts")).containsExactly(List.of("AA", "2"));
        browser.findElement(By.linkText("Register")).click();
        shoot(browser, "register");
        browser.findElement(By.linkText("testbury-jan.csv")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quarantine of one import");
        assertThat(rows(browser, "dataset-" + RegisterSeed.REFUSED_DATASET + " table.problems")).hasSize(3);
        shoot(browser, "quarantine");

        browser.findElement(By.id("logout")).click();
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.getPageSource()).contains("You have logged out.");
        browser.get(server.url() + "register");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private static void shoot(WebDriver browser, String name) throws java.io.IOException {
        String dir = System.getProperty("hustings.screenshots");
        if (dir != null) {
            Files.write(Path.of(dir, "hustings-" + name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    private static List<List<String>> rows(WebDriver browser, String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private static WebDriver chromium(Path profile) {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
