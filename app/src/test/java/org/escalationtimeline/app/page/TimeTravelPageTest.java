package org.escalationtimeline.app.page;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The asOf slider, play, compare, and the link that holds the view. */
class TimeTravelPageTest extends PageTestBase {

    @Test
    void theSliderAtOctober2010ShowsChinaCoercingJapan() {
        openPage("?asOf=2026-01-10");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-10|");

        // By keyboard: Home goes to 2010-01, nine steps right to 2010-10.
        WebElement slider = browser.find("#asof-slider");
        slider.sendKeys(Keys.HOME);
        for (int step = 0; step < 9; step++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }

        browser.awaitShown("CHN-JPN|MONTH|2010-10-31|");
        assertThat(posture("CHN", "JPN")).isEqualTo("COERCING");
        assertThat(browser.text("#matrix-asof")).isEqualTo("2010-10-31");
        assertThat(browser.find("#asof").getDomProperty("value")).isEqualTo("2010-10-31");
        // The events follow: nothing dated after the cutoff.
        assertThat(browser.findAll("#events .event time")).isNotEmpty()
                .allSatisfy(time -> assertThat(time.getDomAttribute("datetime")).isLessThanOrEqualTo("2010-10-31"));
        assertThat(browser.driver().getCurrentUrl()).contains("asOf=2010-10-31");
    }

    @Test
    void playStepsMonthByMonthMovingTheMatrixAndTheListTogether() {
        openPage("?asOf=2010-01-31");
        browser.awaitShown("CHN-JPN|MONTH|2010-01-31|");

        browser.find("#play").click();

        List<String> seen = new ArrayList<>();
        browser.await("play reaches 2010-05", d -> {
            String shown = browser.find("body").getDomAttribute("data-shown");
            String asOf = shown.split("\\|")[2];
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(asOf)) {
                seen.add(asOf);
            }
            return asOf.compareTo("2010-05-01") >= 0;
        });
        browser.find("#play").click();

        assertThat(seen).as("the months shown while playing").hasSizeGreaterThanOrEqualTo(4).isSorted();
        assertThat(seen.get(0)).isEqualTo("2010-01-31");
        assertThat(browser.find("#play").getDomAttribute("aria-pressed")).isEqualTo("false");
        // A step already under way when play was paused may still land: the view settles on one month.
        browser.await("the chart, the matrix and the slider show one month", d -> {
            String last = browser.find("body").getDomAttribute("data-shown").split("\\|")[2];
            return browser.text("#matrix-asof").equals(last)
                    && last.equals(browser.find("#asof-slider").getDomAttribute("aria-valuetext"));
        });
    }

    @Test
    void compareShowsTheEpisodeThatOpenedAndThePosturesThatMoved() {
        openPage("?asOf=2026-01-31&compare=2025-10-31");
        browser.awaitShown("CHN-JPN|MONTH|2026-01-31|");

        assertThat(browser.find("#compare-section").isDisplayed()).isTrue();
        assertThat(browser.text("#diff-episodes")).contains("opened: 2025-11 – 2026-01");
        assertThat(browser.text("#diff-postures li[data-actor='JPN'][data-toward='CHN']"))
                .isEqualTo("JPN → CHN: ENGAGING → PROTESTING");
    }

    @Test
    void theLinkReopensTheSameView() {
        openPage("?asOf=2010-10-31");
        browser.awaitShown("CHN-JPN|MONTH|2010-10-31|");
        new Select(browser.find("#granularity")).selectByValue("YEAR");
        browser.awaitShown("CHN-JPN|YEAR|2010-10-31|");
        String link = browser.driver().getCurrentUrl();
        assertThat(link).contains("granularity=YEAR", "asOf=2010-10-31");

        browser.open("about:blank");
        browser.open(link);

        browser.awaitShown("CHN-JPN|YEAR|2010-10-31|");
        assertThat(new Select(browser.find("#granularity")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("YEAR");
        assertThat(posture("CHN", "JPN")).isEqualTo("COERCING");
        assertThat(browser.find("#timelinejs").getDomAttribute("href")).isEqualTo("/api/export/timelinejs?pair=CHN-JPN&asOf=2010-10-31");
    }
}
