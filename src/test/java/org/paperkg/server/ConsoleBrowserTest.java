package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.paperkg.server.KgFixture.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's chromium through chromedriver against the real console: opens the query page of {@code /kg},
 * types a SELECT into the YASQE editor, runs it and reads the rows of the results table.
 *
 * <p>Skipped (with a message) when chromium or chromedriver is not installed, except when {@code CI=true}: then
 * a missing browser is a failure. On failure a screenshot goes to {@code target/console-browser-failure.png}.
 */
class ConsoleBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("paperkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("paperkg.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOT = Path.of("target", "console-browser-failure.png");

    /** Held so the setting sticks: Selenium warns through java.util.logging about CDP versions it does not use. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path tmp;

    KgServer server;
    ChromeDriverService service;
    WebDriver driver;

    @BeforeEach
    void setUp() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String msg = "ConsoleBrowserTest needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but browser missing: " + msg);
            }
            System.err.println("SKIPPED: " + msg);
            Assumptions.abort(msg);
        }
        server = KgServer.start(createDataset(tmp.resolve("tdb2")), ServerOptions.defaults().withPort(0));

        // Explicit driver path: Selenium Manager must not try to download a driver or browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(tmp.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void queryPageRunsASelect() throws Exception {
        try {
            driver.get(server.baseUrl() + "/#/dataset/kg/query");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
            WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));

            String query = "SELECT ?title WHERE { ?paper a <" + ONT + "Paper> ; <" + DCT + "title> ?title } "
                    + "ORDER BY ?title";
            // YASQE is a CodeMirror 5 editor: its wrapper element carries the editor instance.
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(arguments[0]);", query);
            run.click();

            By rows = By.cssSelector(".yasr table.dataTable tbody tr");
            wait.until(d -> d.findElements(rows).size() == PAPERS
                    && d.findElements(rows).stream().allMatch(r -> r.findElements(By.tagName("td")).size() >= 2));
            List<String> cells = driver.findElements(rows).stream()
                    .map(r -> {
                        List<WebElement> tds = r.findElements(By.tagName("td"));
                        return tds.get(tds.size() - 1).getText().strip();   // first column is the row number
                    })
                    .collect(Collectors.toList());
            // Yasr may show literals with quotes; compare the bare strings.
            TreeSet<String> shown = cells.stream()
                    .map(s -> s.replaceAll("^\"|\"$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(TITLES), shown, "result rows " + cells);
        } catch (Throwable t) {
            screenshot();
            throw t;
        }
    }

    private void screenshot() {
        try {
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(png.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Screenshot: " + SCREENSHOT.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("No screenshot: " + e);
        }
    }
}
