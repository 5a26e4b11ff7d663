package org.escalationtimeline.app.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.dataset.LoadedDatasetHttpTestBase;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * The web page in a real browser, against the service as a new user starts it (the bundled data
 * set loaded; the Spring context the data set's HTTP tests share). One browser per class; each
 * test ends with a screenshot under target/screenshots and with no error in the browser's console.
 * A test that writes names actors of its own and dates its developments after the data set, in
 * February 2026 (before today, so that the page's default asOf shows them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTestBase extends LoadedDatasetHttpTestBase {

    protected Browser browser;
    private boolean refusalsExpected;
    private boolean blocksExpected;

    @BeforeAll
    void startTheBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void screenshotAndConsole(TestInfo test) {
        if (browser == null) {
            return;
        }
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        List<String> errors = browser.consoleErrors().stream()
                .filter(error -> !(refusalsExpected && REFUSED.matcher(error).find()))
                .filter(error -> !(blocksExpected && BLOCKED.matcher(error).find())).toList();
        refusalsExpected = false;
        blocksExpected = false;
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** Chromium logs every 4xx answer to a fetch as an error; a test of refusals expects them. */
    private static final Pattern REFUSED = Pattern.compile("Failed to load resource: the server responded with a status of 4\\d\\d");

    protected void expectRefusedRequests() {
        refusalsExpected = true;
    }

    /** Chromium logs each request that {@link Browser#block} fails; a test that blocks some expects them. */
    private static final Pattern BLOCKED = Pattern.compile("net::ERR_BLOCKED_BY_CLIENT");

    protected void expectBlockedRequests() {
        blocksExpected = true;
    }

    /** The page at this query string, e.g. {@code ?asOf=2026-01-10}. */
    protected void openPage(String query) {
        browser.open("http://localhost:" + port + "/" + query);
    }

    /** Waits until the page's live stream says it is connected. */
    protected void awaitStreamConnected() {
        browser.await("the stream is connected", d -> "connected".equals(browser.find("#live").getDomAttribute("data-state")));
    }

    /** The posture a matrix cell shows in text. */
    protected String posture(String actor, String toward) {
        return browser.text("td[data-actor='" + actor + "'][data-toward='" + toward + "'] .long");
    }

    /** A day after the data set and before today: what the tests that write date their developments. */
    protected static final String AFTER_THE_DATA_SET = "2026-02-15";

    /** Registers an actor no other test names: P and 8 capitals or digits. */
    protected String freshActor() {
        String code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        write("/api/actors", obj("code", code, "name", "State " + code, "kind", "STATE"));
        return code;
    }

    /** A write that must be accepted (201): answers its answer, {@code id} and {@code events}. */
    protected JsonNode write(String path, ObjectNode body) {
        Reply reply = http().post(path, body);
        assertThat(reply.status()).as("POST %s %s -> %s", path, body, reply).isEqualTo(201);
        return reply.json();
    }

    /** An incident from one actor to another, on {@link #AFTER_THE_DATA_SET}. */
    protected JsonNode incident(String actor, String target, String summary) {
        return write("/api/incidents", obj("actor", actor, "targets", arr(target), "cameo", "173",
                "date", AFTER_THE_DATA_SET, "summary", summary));
    }

    /** The pair as the API names it: its two actors in alphabetical order. */
    protected static String pairOf(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }
}
