package org.escalationtimeline.app.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/** What is written while the page is open: new developments arriving live, corrections seen through knownAt, markup in summaries. */
class LivePageTest extends PageTestBase {

    @Test
    void aDevelopmentAppendedOverHttpAppearsWithoutAReload() {
        String a = freshActor();
        String b = freshActor();
        openPage("");
        awaitStreamConnected();
        Object page = browser.script("return window.performance.timeOrigin;");

        write("/api/measures", obj("actor", a, "targets", arr(b), "kind", "EMBARGO", "items", arr("machine tools"),
                "date", AFTER_THE_DATA_SET, "summary", a + " embargoes machine tools bound for " + b));

        browser.await("the matrix shows the new measure", d -> !browser.findAll("td[data-actor='" + a + "'][data-toward='" + b + "']").isEmpty());
        assertThat(posture(a, b)).isEqualTo("COERCING");
        assertThat(Integer.parseInt(browser.find("#live-count").getDomAttribute("data-count"))).isPositive();
        assertThat(browser.findAll("#pair option[value='" + pairOf(a, b) + "']")).hasSize(1);
        // The same page: nothing reloaded it.
        assertThat(browser.script("return window.performance.timeOrigin;")).isEqualTo(page);
    }

    @Test
    void afterADroppedConnectionTheStreamResumesWithWhatWasAppendedMeanwhile() {
        String a = freshActor();
        String b = freshActor();
        openPage("?pair=" + pairOf(a, b));
        awaitStreamConnected();
        Object page = browser.script("return window.performance.timeOrigin;");
        // A first development received live, so that the browser has a Last-Event-ID to resume after.
        incident(a, b, "The coast guard of " + a + " boards a trawler of " + b);
        browser.await("the first development is listed", d -> browser.findAll("#events .event").size() == 1);
        int received = Integer.parseInt(browser.find("#live-count").getDomAttribute("data-count"));

        // The connection drops: stopping the page's loading cancels its open stream, as a lost network would.
        browser.script("window.stop();");
        browser.await("the page sees the drop", d -> !"connected".equals(browser.find("#live").getDomAttribute("data-state")));
        incident(b, a, "The coast guard of " + b + " boards a trawler of " + a);

        browser.await("the stream is connected again", d -> "connected".equals(browser.find("#live").getDomAttribute("data-state")));
        browser.await("the development appended while the stream was down is shown", d -> browser.findAll("#events .event").size() == 2);
        assertThat(Integer.parseInt(browser.find("#live-count").getDomAttribute("data-count"))).isGreaterThan(received);
        assertThat(browser.script("return window.performance.timeOrigin;")).isEqualTo(page);
    }

    @Test
    void aDevelopmentAppendedBeforeTheStreamConnectsStillReachesThePage() {
        String a = freshActor();
        String b = freshActor();
        expectBlockedRequests();
        browser.block("*/api/stream*");
        try {
            openPage("?pair=" + pairOf(a, b));
            browser.await("the page is drawn without its stream",
                    d -> browser.find("html").getDomAttribute("data-first-render-ms") != null);
            assertThat(browser.findAll("#events .event")).isEmpty();
            long position = incident(a, b, "The coast guard of " + a + " boards a trawler of " + b)
                    .path("events").get(0).path("position").asLong();
            // Listed before the stream starts, so the stream starts after it and never sends it.
            eventually("the development is listed", () -> get("/api/events?after=" + (position - 1) + "&limit=1"),
                    reply -> reply.json().path("items").size() == 1);
        } finally {
            browser.unblock();
        }

        awaitStreamConnected();
        browser.await("the development appended before the stream connected is shown",
                d -> browser.findAll("#events .event").size() == 1);
    }

    @Test
    void aPageBroughtBackFromTheBackForwardCacheGetsWhatWasAppendedWhileItWasAway() {
        String a = freshActor();
        String b = freshActor();
        openPage("?pair=" + pairOf(a, b));
        awaitStreamConnected();
        browser.script("window.keptInTheCache = true;");

        browser.open("http://localhost:" + port + "/swagger-ui/index.html");
        incident(a, b, "The coast guard of " + a + " boards a trawler of " + b);
        browser.driver().navigate().back();

        assertThat(browser.script("return window.keptInTheCache === true;")).as("restored, not loaded again").isEqualTo(true);
        browser.await("the development appended while the page was away is shown",
                d -> browser.findAll("#events .event").size() == 1);
    }

    @Test
    void pagesLeftForTheBackForwardCacheHoldNoConnectionTheNextPageNeeds() {
        String a = freshActor();
        String b = freshActor();
        // A browser opens six connections at most to one host; each page left behind once held its stream's.
        for (int visit = 0; visit < 7; visit++) {
            openPage("?pair=" + pairOf(a, b) + "&granularity=" + (visit % 2 == 0 ? "month" : "quarter"));
            awaitStreamConnected();
        }

        incident(a, b, "The coast guard of " + a + " boards a trawler of " + b);

        browser.await("the development is shown on the last page opened", d -> browser.findAll("#events .event").size() == 1);
    }

    @Test
    void aCorrectionChangesThePageKnownAfterItButNotBefore() {
        String a = freshActor();
        String b = freshActor();
        String pair = pairOf(a, b);
        JsonNode recorded = incident(a, b, "The coast guard detains a fishing crew of " + b);
        String eventId = recorded.path("events").path(0).path("eventId").asText();
        Instant recordedAt = Instant.parse(recorded.path("events").path(0).path("recordedAt").asText());
        Instant beforeTheCorrection = recordedAt.plusMillis(1);
        JsonNode corrected = write("/api/records/" + eventId + "/corrections",
                obj("summary", "The coast guard detains and releases a fishing crew of " + b, "reason", "the crew was released"));
        Instant correctedAt = Instant.parse(corrected.path("events").path(0).path("recordedAt").asText());
        assertThat(correctedAt).isAfter(beforeTheCorrection);
        String summary = "#events .event[data-event-id='" + eventId + "'] .event-summary";
        // The read side projects asynchronously; a page pinned to a past knownAt does not follow it.
        eventually("the record and its correction are projected", () -> get("/api/events?pair=" + pair),
                reply -> reply.json().path("items").size() == 1 && reply.json().path("items").path(0).path("corrected").asBoolean());

        openPage("?pair=" + pair + "&knownAt=" + beforeTheCorrection);
        browser.await("the page at the earlier knownAt", d -> browser.find("body").getDomAttribute("data-shown") != null
                && browser.find("body").getDomAttribute("data-shown").endsWith("|" + beforeTheCorrection));
        assertThat(browser.text(summary)).isEqualTo("The coast guard detains a fishing crew of " + b);
        assertThat(browser.findAll("#events .mark.corrected")).isEmpty();

        browser.find("#knownat-now").click();

        browser.await("the corrected summary", d -> browser.text(summary).contains("and releases"));
        assertThat(browser.findAll("#events .mark.corrected")).hasSize(1);

        openPage("?pair=" + pair + "&knownAt=" + correctedAt);
        browser.await("the corrected summary at the correction's instant", d -> !browser.findAll(summary).isEmpty()
                && browser.text(summary).equals("The coast guard detains and releases a fishing crew of " + b));
    }

    @Test
    void aSummaryWithMarkupShowsAsTextAndRunsNothing() {
        String a = freshActor();
        String b = freshActor();
        String pair = pairOf(a, b);
        String markup = "<img src=x onerror=alert(1)>";
        String eventId = incident(a, b, markup).path("events").path(0).path("eventId").asText();
        write("/api/statements", obj("actor", a, "speaker", "<b>the minister</b>", "about", arr(b), "tone", "HOSTILE",
                "date", AFTER_THE_DATA_SET, "summary", "<script>alert(2)</script>",
                "sources", arr(obj("publication", "<i>Daily</i>", "url", "https://example.org/daily"))));

        // What this test is about is how the page renders stored text, not how it follows the stream (the tests above).
        eventually("both developments are projected", () -> get("/api/events?pair=" + pair),
                reply -> reply.json().path("items").size() == 2);
        openPage("?pair=" + pair);
        browser.await("the event is listed", d -> browser.findAll("#events .event").size() == 2);

        assertThat(browser.text("#events .event[data-event-id='" + eventId + "'] .event-summary")).isEqualTo(markup);
        assertThat(browser.text("#events")).contains("<script>alert(2)</script>", "<i>Daily</i>");
        assertThat(browser.findAll("#events img, #events script, #events i")).isEmpty();
        browser.find("#events .event[data-type='StatementMade'] .event-open").click();
        browser.await("the statement's history", d -> browser.text("#history-state").contains("<b>the minister</b>"));
        assertThat(browser.findAll("#history b")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
