package org.hustings.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests: one profile folder per browser, removed on
 * close, downloads into a folder of the test's, and the flags this closed network needs. Set
 * {@code -Dhustings.screenshots=/tmp} to keep screenshots of the pages a test visits.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final WebDriver driver;

    private Chromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Skips the calling test when Chromium is not installed (the test command installs it). */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }

    static Chromium start() throws IOException {
        return start(null);
    }

    /** A browser whose downloads (PDFs too, never opened in the viewer) land in {@code downloads}. */
    static Chromium start(Path downloads) throws IOException {
        assumeInstalled();
        Path profile = Files.createTempDirectory("hustings-chromium");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        if (downloads != null) {
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("plugins.always_open_pdf_externally", true);
            options.setExperimentalOption("prefs", prefs);
        }
        try {
            WebDriver driver = new ChromeDriver(options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return new Chromium(profile, driver);
        } catch (RuntimeException e) {
            TestStoresCleanup.deleteTree(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Logs in through the form and waits for the home page. */
    void logIn(WebServer server, String username, String password) {
        driver.get(server.url() + "login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        navigate(By.id("login"));
        driver.findElement(By.id("who"));
    }

    /** The text of each cell of each body row of the table matched by {@code css} (an id with '#'). */
    List<List<String>> rows(String css) {
        return driver.findElements(By.cssSelector(css + " tbody tr")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Clicks something that loads a new page and waits until the old page is gone, so no element of it is read. */
    void navigate(By by) {
        navigate(driver.findElement(by));
    }

    /** Clicks an element that submits a form or follows a link, and waits for the next page. */
    void navigate(WebElement element) {
        navigate(driver, element);
    }

    static void navigate(WebDriver driver, WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(page));
    }

    /**
     * Whether the element has left the document. Chromium reports a node of an unloaded page either
     * as stale or, while the next page is being built, as "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void shoot(String name) throws IOException {
        String dir = System.getProperty("hustings.screenshots");
        if (dir != null) {
            Files.write(Path.of(dir, "hustings-" + name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TestStoresCleanup.deleteTree(profile);
        }
    }
}
