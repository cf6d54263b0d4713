package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Headless Chromium walks a real edit on each configuration page: a data manager registers a
 * supplier, declares a source (first with a mistake, shown back with its reasons), adds a wording
 * version, changes the purposes and retention, records due diligence and declares a second source
 * from an uploaded file; the DPO edits a purpose and signs off a DPIA; an organiser runs the gate's
 * dry run with example people; a data manager records and withdraws a person's consent. Set
 * {@code -Dhustings.screenshots=/tmp} to keep screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigurationBrowserTest {
    private TestStores.TestStore store;
    private WebServer server;
    private Chromium chromium;
    private WebDriver browser;

    @BeforeAll
    void start() throws Exception {
        Chromium.assumeInstalled();
        store = TestStores.open(StoreKind.DUCKDB);
        server = WebServer.start(store.store(), ConfigWorld.seed(store.store()), 0, "127.0.0.1", false);
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.get(server.url() + "login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aDataManagerDeclaresAndChangesSources() throws Exception {
        login("dana");
        navigate(By.linkText("Sources"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sources and suppliers");

        type("supplier-code", "canvassers");
        type("supplier-organisation", "Party volunteers");
        new Select(browser.findElement(By.id("supplier-role"))).selectByValue("controller");
        navigate(By.id("supplier-register"));
        assertThat(browser.findElement(By.id("suppliers")).getText()).contains("Party volunteers", "not_started");

        type("declare-code", "door-returns");
        type("declare-name", "Doorstep canvass returns");
        new Select(browser.findElement(By.id("declare-kind"))).selectByValue("direct");
        new Select(browser.findElement(By.id("declare-supplier"))).selectByValue("canvassers");
        type("declare-collectionMethod", "Doorstep conversations");
        new Select(browser.findElement(By.id("declare-article6"))).selectByValue("legitimate_interests");
        assertThat(new Select(browser.findElement(By.id("declare-article6"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .doesNotContain("public_task");
        new Select(browser.findElement(By.id("declare-article9"))).selectByValue("political_party");
        type("declare-legalReference", "UK GDPR Art 6(1)(f); DPA 2018 Sch 1 para 22");
        browser.findElement(By.id("declare-purpose-canvassing")).click();
        type("declare-retention", "Until the end of the electoral cycle");
        shoot("sources-declare");
        navigate(By.id("declare-submit"));

        WebElement problems = browser.findElement(By.id("declare-problems"));
        assertThat(problems.getText()).contains("There is a problem", "privacy notice shown at collection");
        assertThat(browser.findElement(By.id("declare-collectionMethod")).getAttribute("value")).isEqualTo("Doorstep conversations");
        problems.findElement(By.linkText("data collected from people needs the privacy notice shown at collection (UK GDPR Art 13).")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("declare-wording");
        shoot("sources-declare-refused");
        type("declare-wording", "We note what you tell us, to plan our campaign. See our privacy notice.");
        navigate(By.id("declare-submit"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Doorstep canvass returns");
        assertThat(browser.findElement(By.id("declared")).getText()).contains("declared");
        assertThat(browser.findElement(By.id("article9")).getText()).isEqualTo("political_party");

        new Select(browser.findElement(By.id("wording-kind"))).selectByValue("notice");
        type("wording-text", "We note how you may vote, to plan our campaign. See our privacy notice.");
        navigate(By.id("wording-add"));
        assertThat(browser.findElement(By.id("wording-2")).getText()).contains("Version 2", "how you may vote");
        assertThat(browser.findElement(By.id("wording-1")).getText()).contains("Version 1");

        browser.findElement(By.id("purpose-get_out_the_vote")).click();
        navigate(By.id("purposes-save"));
        assertThat(browser.findElement(By.id("purposes")).getText()).isEqualTo("canvassing, get_out_the_vote");

        WebElement retention = browser.findElement(By.id("retention-retention"));
        retention.clear();
        retention.sendKeys("Two years after the election");
        type("retention-retentionMonths", "24");
        navigate(By.id("retention-save"));
        assertThat(browser.findElement(By.id("retention")).getText()).isEqualTo("Two years after the election (24 months)");

        new Select(browser.findElement(By.id("dd-canvassers-status"))).selectByValue("passed");
        type("dd-canvassers-evidence", "Volunteers trained; canvass briefing January 2026");
        navigate(By.id("dd-record"));
        assertThat(browser.findElement(By.id("due-diligence")).getText()).isEqualTo("passed");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("canvass briefing");
        shoot("source");

        Path file = Files.createTempFile("declaration", ".json");
        try {
            Files.writeString(file, """
                    {"supplier": {"code": "acme", "organisation": "Acme Data Ltd", "role": "broker", "dueDiligence": "in_progress",
                                  "evidence": "Questionnaire sent"},
                     "source": {"code": "acme-lifestyle", "kind": "commercial", "name": "Acme lifestyle file", "supplier": "acme",
                                "collectionMethod": "Bought under licence", "article6": "legitimate_interests", "legalReference": "Licence 7",
                                "purposes": ["modelling"], "retention": "One year"}}
                    """);
            browser.get(server.url() + "sources");
            browser.findElement(By.id("upload-file")).sendKeys(file.toString());
            navigate(By.id("upload-submit"));
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Acme lifestyle file");
        assertThat(new Sources(store.store()).supplier("acme").organisation()).isEqualTo("Acme Data Ltd");
        assertThat(new Ledger(store.store()).latest(30)).filteredOn(e -> e.actor().equals("web:dana")).extracting(RecordedEntry::action)
                .contains("supplier.declare", "source.declare", "source.wording", "source.purposes", "source.retention", "supplier.due_diligence");
    }

    @Test
    void theDpoEditsAPurposeAndSignsOffItsDpia() throws Exception {
        login("asha");
        navigate(By.linkText("Purposes"));
        navigate(By.linkText("Membership administration"));
        Select basis = new Select(browser.findElement(By.id("edit-article6")));
        assertThat(basis.getOptions()).extracting(o -> o.getAttribute("value")).contains("contract").doesNotContain("public_task");
        WebElement retention = browser.findElement(By.id("edit-retention"));
        retention.clear();
        retention.sendKeys("Membership plus one year");
        browser.findElement(By.id("category-financial-donation")).click();
        navigate(By.id("edit-save"));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("Saved");
        assertThat(browser.findElement(By.id("retention")).getText()).isEqualTo("Membership plus one year");
        assertThat(browser.findElement(By.id("categories")).getText()).doesNotContain("financial.donation");

        browser.get(server.url() + "purposes/modelling");
        assertThat(browser.findElement(By.id("dpia-state")).getText()).contains("none is approved");
        type("draft-summary", "Scores explained per person; objection to profiling honoured at once.");
        navigate(By.id("draft-submit"));
        long id = new Purposes(store.store()).dpias("modelling").get(0).id();
        String f = "decide-" + id;
        browser.findElement(By.id(f + "-approve")).click();
        browser.findElement(By.id(f + "-reference")).clear();
        navigate(By.id(f + "-submit"));
        assertThat(browser.findElement(By.id(f + "-problems")).getText()).contains("reference of the assessment document");
        type(f + "-reference", "DPIA-2026-03");
        navigate(By.id(f + "-submit"));
        assertThat(browser.findElement(By.id("dpia-" + id)).getText()).contains("approved", "Asha Patel", "DPIA-2026-03");
        assertThat(browser.findElement(By.id("dpia-state")).getText()).isEqualTo("approved");
        shoot("purpose");
        assertThat(new Purposes(store.store()).dpiaApproved("modelling")).isTrue();
    }

    @Test
    void anOrganiserRunsTheGatesDryRun() throws Exception {
        login("olly");
        navigate(By.linkText("Gate"));
        new Select(browser.findElement(By.id("purpose"))).selectByValue("get_out_the_vote");
        type("la", ConfigWorld.LA);
        type("districts", "AA");
        WebElement examples = browser.findElement(By.id("examples"));
        examples.clear();
        examples.sendKeys("3");
        navigate(By.id("run"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("4 people in the selection", "3 would be included");
        assertThat(browser.findElement(By.id("released")).getText()).contains("surname", "identity.name");
        String people = browser.findElement(By.id("refused-people")).getText();
        assertThat(people).contains("restricted", "UK GDPR Art 18(1)", "4");
        assertThat(browser.findElements(By.cssSelector("#refused-people a"))).as("organisers do not open consents").isEmpty();
        shoot("gate");

        new Select(browser.findElement(By.id("purpose"))).selectByValue("social_media_audiences");
        navigate(By.id("run"));
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("Refused as a whole", "Art 35");
    }

    @Test
    void aDataManagerRecordsAndWithdrawsAConsent() throws Exception {
        login("dana");
        navigate(By.linkText("Consents"));
        type("person", "3");
        navigate(By.id("find-person"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Consents of person 3");
        assertThat(browser.findElement(By.id("no-states")).getText()).isEqualTo("No consent recorded.");

        new Select(browser.findElement(By.id("grant-purpose"))).selectByValue("email");
        new Select(browser.findElement(By.id("grant-channel"))).selectByValue("email");
        new Select(browser.findElement(By.id("grant-method"))).selectByValue("paper");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('grant-givenAt').value = '2025-03-01T10:30';");
        new Select(browser.findElement(By.id("grant-wording"))).selectByValue("web-signup|1");
        navigate(By.id("grant-submit"));
        assertThat(browser.findElement(By.id("recorded")).getText()).contains("recorded");
        assertThat(browser.findElement(By.id("live")).getText()).contains("email", "live");
        assertThat(browser.findElement(By.id("history")).getText()).contains("granted", "paper", "web-signup v1", "web:dana");
        assertThat(new Consents(store.store()).live(3, "email", Channel.EMAIL)).isTrue();

        new Select(browser.findElement(By.id("withdraw-purpose"))).selectByValue("email");
        new Select(browser.findElement(By.id("withdraw-channel"))).selectByValue("email");
        new Select(browser.findElement(By.id("withdraw-method"))).selectByValue("phone");
        navigate(By.id("withdraw-submit"));
        assertThat(browser.findElement(By.id("recorded")).getText()).contains("Withdrawal", "from now on");
        assertThat(browser.findElement(By.id("live")).getText()).contains("withdrawn");
        assertThat(new Consents(store.store()).live(3, "email", Channel.EMAIL)).as("at once").isFalse();
        shoot("consents");
        List<RecordedEntry> entries = new Ledger(store.store()).latest(10);
        assertThat(entries).extracting(RecordedEntry::action).contains("consent.granted", "consent.withdrawn");
    }

    private void login(String user) {
        browser.get(server.url() + "login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ConfigWorld.PASSWORD);
        navigate(By.id("login"));
        browser.findElement(By.id("who"));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void navigate(By by) {
        chromium.navigate(by);
    }

    private void shoot(String name) throws java.io.IOException {
        chromium.shoot("config-" + name);
    }
}
