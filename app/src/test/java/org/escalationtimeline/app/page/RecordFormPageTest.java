package org.escalationtimeline.app.page;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The form that records a development: the token kept for the tab, a refusal shown at its field. */
class RecordFormPageTest extends PageTestBase {

    private void fill(String field, String value) {
        WebElement input = browser.find("#record-" + field);
        input.clear();
        input.sendKeys(value);
    }

    private void measure(String actor, String target, String summary) {
        new Select(browser.find("#record-command")).selectByValue("measure");
        fill("actor", actor);
        fill("targets", target);
        new Select(browser.find("#record-kind")).selectByValue("EXPORT_CONTROL");
        fill("items", "rare earths");
        browser.script("arguments[0].value = arguments[1];", browser.find("#record-date"), AFTER_THE_DATA_SET);
        fill("summary", summary);
    }

    @Test
    void aRefusalShowsItsProblemNextToTheFieldItNames() {
        String b = freshActor();
        openPage("");
        browser.await("the form", d -> !browser.findAll("#record-actor").isEmpty());
        fill("token", TOKEN);
        expectRefusedRequests();

        measure("china", b, "Restrictions on rare earths");
        browser.find("#record-submit").click();

        browser.await("the refusal at the actor field", d -> !browser.text("#record-actor-error").isEmpty());
        assertThat(browser.text("#record-actor-error")).contains("'china' is not an actor code");
        assertThat(browser.find("#record-actor").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#record-outcome")).startsWith("Bad Request");
        assertThat(browser.text("#record-targets-error")).isEmpty();
    }

    @Test
    void withoutTheTokenTheRefusalIsShownAtTheTokenField() {
        String a = freshActor();
        String b = freshActor();
        openPage("");
        browser.await("the form", d -> !browser.findAll("#record-actor").isEmpty());
        fill("token", "not-the-token");
        expectRefusedRequests();

        measure(a, b, "Restrictions on rare earths");
        browser.find("#record-submit").click();

        browser.await("the refusal at the token field", d -> !browser.text("#record-token-error").isEmpty());
        assertThat(browser.text("#record-outcome")).startsWith("Unauthorized");
    }

    @Test
    void anAcceptedRecordIsConfirmedAndArrivesLive() {
        String a = freshActor();
        String b = freshActor();
        openPage("");
        browser.await("the stream is connected", d -> "connected".equals(browser.find("#live").getDomAttribute("data-state")));
        fill("token", TOKEN);

        measure(a, b, a + " restricts rare earths bound for " + b);
        browser.find("#record-submit").click();

        browser.await("the confirmation", d -> browser.text("#record-outcome").startsWith("Recorded"));
        assertThat(browser.text("#record-outcome")).contains("MeasureAnnounced at position");
        browser.await("the matrix shows the new measure", d -> !browser.findAll("td[data-actor='" + a + "'][data-toward='" + b + "']").isEmpty());
        assertThat(posture(a, b)).isEqualTo("COERCING");
        // Kept for this tab only.
        assertThat(browser.script("return sessionStorage.getItem('escalation-timeline-token');")).isEqualTo(TOKEN);
        assertThat(browser.script("return localStorage.length;")).isEqualTo(0L);
    }
}
