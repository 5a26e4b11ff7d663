package org.escalationtimeline.app.page;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /: the tension chart of China and Japan with its two escalation episodes, and the events under it. */
class TimelinePageTest extends PageTestBase {

    @Test
    void theChinaJapanChartShowsTheEpisodesOf2010And2025() throws IOException {
        // A first visit to a service that has been running: the service warm, the browser's cache empty.
        for (int round = 0; round < 5; round++) {
            for (String path : List.of("/", "/webjars/echarts/dist/echarts.esm.min.js", "/api/stances",
                    "/api/timeline?pair=CHN-JPN&to=2026-12", "/api/events?pair=CHN-JPN&limit=1000")) {
                assertThat(get(path).status()).as(path).isEqualTo(200);
            }
        }
        browser.clearCache();
        openPage("");

        browser.await("the episodes are listed", d -> browser.findAll("#episodes li").size() >= 2);
        List<String> starts = browser.findAll("#episodes li").stream().map(li -> li.getDomAttribute("data-start")).toList();
        assertThat(starts).containsExactly("2010-09", "2025-11");
        assertThat(browser.text("#chart-pair")).isEqualTo("CHN – JPN");
        assertThat(browser.find("#pair").getDomProperty("value")).isEqualTo("CHN-JPN");
        assertThat(browser.findAll("#chart canvas")).isNotEmpty();

        // How long the page took from navigation to its first complete render, as the browser measured it.
        long firstRender = Long.parseLong(browser.find("html").getDomAttribute("data-first-render-ms"));
        Object breakdown = browser.script("const n = performance.getEntriesByType('navigation')[0];"
                + "return 'DOMContentLoaded ' + Math.round(n.domContentLoadedEventEnd) + ' ms; '"
                + " + performance.getEntriesByType('resource').filter(r => /echarts|api/.test(r.name))"
                + ".map(r => r.name.replace(location.origin, '') + ' ' + Math.round(r.startTime) + '+' + Math.round(r.duration) + ' ms')"
                + ".join('; ');");
        Files.writeString(Path.of("target", "page-first-render-ms.txt"), firstRender + System.lineSeparator()
                + breakdown + System.lineSeparator());
        System.out.println("First render of the page: " + firstRender + " ms");
        assertThat(firstRender).isPositive();
    }

    @Test
    void anEpisodeListsItsEventsAndAnEventOpensItsAggregatesHistory() {
        openPage("");
        browser.await("the episodes are listed", d -> browser.findAll("#episodes li button").size() >= 2);

        browser.find("#episodes li[data-start='2010-09'] button").click();

        browser.await("the events of the 2010 episode", d -> browser.text("#events-range").contains("2010-09 to 2011-02"));
        List<WebElement> events = browser.findAll("#events .event");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(event -> assertThat(event.findElement(By.cssSelector("time"))
                .getDomAttribute("datetime")).isBetween("2010-09-01", "2011-02-28"));
        WebElement halt = browser.find("#events .event[data-type='MeasureAnnounced']");
        assertThat(halt.getText()).contains("CHN → JPN", "CAMEO 163", "QuadClass 4", "Goldstein -8.0");
        assertThat(halt.findElements(By.cssSelector(".sources a"))).isNotEmpty();

        halt.findElement(By.cssSelector(".event-open")).click();

        browser.await("the measure's history", d -> browser.text("#history-state").contains("EXPORT_BAN"));
        assertThat(browser.text("#history-title")).isEqualTo("measure cn-rare-earth-halt-2010");
        assertThat(browser.text("#history-state")).contains("LIFTED");
        assertThat(browser.findAll("#history-list li")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theMatrixShowsChinaCoercingAndJapanProtestingOn10January2026() {
        openPage("?asOf=2026-01-10");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-10|");

        assertThat(posture("CHN", "JPN")).isEqualTo("COERCING");
        assertThat(posture("JPN", "CHN")).isEqualTo("PROTESTING");
        assertThat(posture("JPN", "USA")).isEqualTo("ENGAGING");
        assertThat(browser.text("#matrix-asof")).isEqualTo("2026-01-10");

        browser.find("td[data-actor='CHN'][data-toward='JPN'] button").click();
        browser.await("the cell's deciding events", d -> browser.text("#cell").contains("Deciding events"));
        assertThat(browser.text("#cell")).contains("CHN toward JPN: COERCING", "cn-dual-use-ban-2026", "Goldstein sum");
    }

    @Test
    void everyControlCellAndChartHasANameAScreenReaderReads() {
        openPage("?asOf=2026-01-10");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-10|");

        // The names Chromium's accessibility tree computes, as a screen reader gets them.
        List<String> unnamed = browser.findAll("input, select, button, textarea, a[href], [tabindex]").stream()
                .filter(WebElement::isDisplayed)
                .filter(control -> control.getAccessibleName() == null || control.getAccessibleName().isBlank())
                .map(control -> control.getTagName() + "#" + control.getDomAttribute("id") + "." + control.getDomAttribute("class"))
                .toList();
        assertThat(unnamed).as("controls without an accessible name").isEmpty();
        WebElement chart = browser.find("#chart");
        assertThat(chart.getAriaRole()).as("the chart's role").isIn("img", "image");
        assertThat(chart.getAccessibleName()).as("the chart's name").contains("CHN", "JPN");
        assertThat(browser.find("td[data-actor='CHN'][data-toward='JPN']").getAccessibleName())
                .as("a matrix cell reads its posture as text, not only as a colour").contains("COERCING");
        assertThat(browser.findAll("#matrix th[scope]")).as("the matrix's headers name their rows and columns").isNotEmpty();
        assertThat(browser.find("#live").getAriaRole()).isEqualTo("status");
    }

    @Test
    void onAPhonesWidthNothingRunsOffTheSideOfThePage() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            openPage("?asOf=2026-01-10");
            browser.awaitShown("CHN-JPN|MONTH|2026-01-10|");

            // The elements wider than the window, if any (the matrix and the list scroll inside their boxes).
            Object tooWide = browser.script("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                    + " && !e.closest('.matrix-wrap'))"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 10);");
            assertThat((List<?>) tooWide).isEmpty();
            assertThat(browser.text("td[data-actor='CHN'][data-toward='JPN'] .short")).isEqualTo("COE");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    @Test
    void swaggerUiStillRendersUnderTheContentSecurityPolicy() {
        browser.open("http://localhost:" + port + "/swagger-ui/index.html");

        browser.await("Swagger UI lists the operations", d -> browser.findAll(".opblock").size() > 10);
    }

    @Test
    void zoomingTheChartToAPeriodListsTheEventsOfThatPeriod() {
        openPage("?asOf=2026-01-10");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-10|");

        // The slider moved as a drag would move it: through the chart ECharts drew in #chart (the axis starts at 2010-01).
        browser.script("return import('/webjars/echarts/dist/echarts.esm.min.js').then(echarts =>"
                + " echarts.getInstanceByDom(document.getElementById('chart'))"
                + ".dispatchAction({type: 'dataZoom', startValue: 8, endValue: 13}));");

        browser.await("the events of the zoomed range", d -> browser.text("#events-range").contains("2010-09 to 2011-02"));
        Object asked = browser.script("return performance.getEntriesByType('resource').map(r => r.name)"
                + ".filter(n => n.includes('/api/events?') && n.includes('from=2010-09-01') && n.includes('to=2011-02-28'));");
        assertThat((List<?>) asked).isNotEmpty();
        List<WebElement> events = browser.findAll("#events .event");
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(event -> assertThat(event.findElement(By.cssSelector("time"))
                .getDomAttribute("datetime")).isBetween("2010-09-01", "2011-02-28"));
        assertThat(browser.find("#events-all").isDisplayed()).isTrue();
    }

    @Test
    void theChartExportsAsPngAndSvgAndTheLinksReopenTheSameView() {
        String view = "?pair=JPN-USA&granularity=QUARTER&asOf=2025-12-31&knownAt=2026-03-01T00:00:00Z";
        openPage(view);
        browser.awaitShown("JPN-USA|QUARTER|2025-12-31|2026-03-01T00:00:00Z");
        // Downloads kept in the page: the generated link's address and name, instead of a file on disk.
        browser.script("window.downloads = []; HTMLAnchorElement.prototype.click = function () {"
                + " window.downloads.push({href: this.href, name: this.download}); };");

        browser.find("#png").click();
        browser.find("#svg").click();

        List<?> downloads = browser.await("both downloads", d -> {
            List<?> made = (List<?>) browser.script("return window.downloads;");
            return made.size() == 2 ? made : null;
        });
        assertThat(((java.util.Map<?, ?>) downloads.get(0)).get("href").toString()).startsWith("data:image/png;base64,");
        assertThat(((java.util.Map<?, ?>) downloads.get(0)).get("name")).isEqualTo("tension-JPN-USA-2025-12-31.png");
        assertThat(((java.util.Map<?, ?>) downloads.get(1)).get("href").toString()).startsWith("data:image/svg+xml;")
                .contains(java.net.URLEncoder.encode("<svg", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(((java.util.Map<?, ?>) downloads.get(1)).get("name")).isEqualTo("tension-JPN-USA-2025-12-31.svg");
        String cutoff = "pair=JPN-USA&asOf=2025-12-31&knownAt=2026-03-01T00%3A00%3A00Z";
        assertThat(browser.find("#timelinejs").getDomAttribute("href")).isEqualTo("/api/export/timelinejs?" + cutoff);
        assertThat(browser.find("#csv").getDomAttribute("href")).isEqualTo("/api/export/events.csv?" + cutoff);
        assertThat(get(browser.find("#csv").getDomAttribute("href")).status()).isEqualTo(200);

        // A headless browser refuses the clipboard: the page then shows the link itself.
        browser.find("#share").click();
        String link = browser.await("the link to share", d -> {
            String shown = browser.text("#share-state");
            return shown.equals("link copied") ? browser.driver().getCurrentUrl() : shown.startsWith("http") ? shown : null;
        });

        browser.open("about:blank");
        browser.open(link);

        browser.awaitShown("JPN-USA|QUARTER|2025-12-31|2026-03-01T00:00:00Z");
        assertThat(browser.find("#pair").getDomProperty("value")).isEqualTo("JPN-USA");
        assertThat(browser.find("#granularity").getDomProperty("value")).isEqualTo("QUARTER");
    }

    @Test
    void theMainControlsAreReachedWithTabAndWorkFromTheKeyboard() {
        String a = freshActor();
        String b = freshActor();
        String pair = pairOf(a, b);
        String incident = incident(a, b, "The navy of " + a + " shadows a survey ship of " + b)
                .path("id").asText();
        assertThat(incident).isNotBlank();
        eventually("the incident is projected", () -> get("/api/events?pair=" + pair),
                reply -> reply.json().path("items").size() == 1);
        openPage("?pair=" + pair);
        browser.await("the incident is listed", d -> browser.findAll("#events .event").size() == 1);

        // Tab from the top of the page to the record form, naming each control that takes the focus.
        List<String> reached = new java.util.ArrayList<>();
        Actions keyboard = new Actions(browser.driver());
        for (int press = 0; press < 600 && (reached.isEmpty() || !reached.get(reached.size() - 1).startsWith("record:")); press++) {
            keyboard.sendKeys(Keys.TAB).perform();
            String focused = (String) browser.script("const e = document.activeElement;"
                    + "return e.closest('#record') ? 'record:' + (e.name || e.tagName) : e.closest('td[data-actor]') ? 'cell'"
                    + " : e.id || e.className || e.tagName;");
            if (reached.isEmpty() || !reached.get(reached.size() - 1).equals(focused)) {
                reached.add(focused);
            }
        }
        assertThat(reached).containsSubsequence("pair", "granularity", "asof-slider", "asof", "play", "knownat",
                "png", "svg", "timelinejs", "csv", "share", "event-open", "cell");
        assertThat(reached.get(reached.size() - 1)).startsWith("record:");

        // Operated by keys: the event's history opens with Enter, a matrix cell with Space, play toggles with Enter.
        browser.find("#events .event-open").sendKeys(Keys.ENTER);
        browser.await("the incident's history", d -> browser.find("#history").isDisplayed()
                && browser.text("#history-title").contains(incident));
        browser.find("td[data-actor='" + a + "'][data-toward='" + b + "'] button").sendKeys(Keys.SPACE);
        browser.await("the cell's deciding events", d -> browser.text("#cell").contains(a + " toward " + b));
        browser.find("#granularity").sendKeys(Keys.ARROW_DOWN);
        browser.await("the quarters", d -> String.valueOf(browser.find("body").getDomAttribute("data-shown")).startsWith(pair + "|QUARTER|"));
        browser.find("#play").sendKeys(Keys.ENTER);
        browser.await("play is on", d -> "true".equals(browser.find("#play").getDomAttribute("aria-pressed")));
        browser.find("#play").sendKeys(Keys.ENTER);
        browser.await("play is off", d -> "false".equals(browser.find("#play").getDomAttribute("aria-pressed")));
    }
}
