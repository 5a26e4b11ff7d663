package org.escalationtimeline.app.page;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

/**
 * Debian's chromium, headless, driven through its chromedriver: one per test class.
 * <p>
 * Both must be installed ({@code apt-get install chromium chromium-driver}; {@code .ci/run} does it).
 * Without them the tests fail, so that a CI run cannot pass without running them; a machine that
 * cannot have a browser may say so with {@code -Dtimeline.browser-tests.optional=true}, which
 * turns the failure into a skip. Selenium Manager is never asked for a driver: it would go to
 * the network.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path CHROMIUM = Path.of(System.getProperty("timeline.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("timeline.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            Assumptions.assumeFalse(Boolean.getBoolean("timeline.browser-tests.optional"), missing);
            throw new IllegalStateException(missing);
        }
        Path profile = Path.of("target", "chromium-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // Without the background networking flags the closed network refuses connections.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(System.err).build();
        return new Browser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits, polling every 50 ms, until the condition holds (not null, not false); fails after
     * {@link #WAIT}. An element not there yet, or redrawn while it was read, is asked for again.
     */
    <T> T await(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).withMessage(what)
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the page has drawn every view at this state: pair|granularity|asOf|knownAt. */
    void awaitShown(String shown) {
        await("the page shows " + shown, d -> shown.equals(find("body").getDomAttribute("data-shown")));
    }

    /** The console's errors (SEVERE) since it was last asked: reading the log empties it. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Forgets every cached file, as a first visit would find the browser. */
    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    /** Fails the page's requests to URLs like these (CDP patterns, {@code *} for any run) until {@link #unblock}. */
    void block(String... urlPatterns) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of(urlPatterns)));
    }

    void unblock() {
        driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of()));
    }

    /** Saves what the browser shows under target/screenshots; answers the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(taken, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
