package org.escalationtimeline.app.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's TimelineJS export opened in the real TimelineJS 3 library ({@code @knight-lab/timelinejs},
 * unpacked among the test resources by the build), in the same browser: it builds a slide for
 * the title and for every development, the eras of the episodes, and logs no error.
 */
class TimelineJsExportPageTest extends PageTestBase {

    @Test
    void theExportOpensInTimelineJsWithASlidePerDevelopment() {
        openPage("?asOf=2026-01-31");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-31|");
        String export = browser.find("#timelinejs").getDomAttribute("href");
        JsonNode document = get(export).json();

        browser.open("http://localhost:" + port + "/timelinejs-check/index.html?src=" + encode(export));

        browser.await("TimelineJS has built the timeline", d -> browser.find("body").getDomAttribute("data-timeline") != null);
        assertThat(browser.find("body").getDomAttribute("data-timeline")).isEqualTo("ready");
        List<WebElement> slides = browser.findAll(".tl-slide");
        assertThat(slides).hasSize(document.path("events").size() + 1);
        assertThat(browser.findAll(".tl-timeera")).hasSize(document.path("eras").size());
        List<String> headlines = new ArrayList<>();
        browser.findAll(".tl-slide .tl-headline").forEach(headline -> headlines.add(headline.getDomProperty("textContent")));
        assertThat(headlines).contains(document.path("title").path("text").path("headline").asText(),
                document.path("events").path(0).path("text").path("headline").asText());
    }
}
