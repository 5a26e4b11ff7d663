package org.escalationtimeline.app.diffs;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/export/timelinejs: a TimelineJS 3 document of a pair of its own, S and T: a hostile
 * statement dated to the year (2024, so from 2024-01-01; −2.0: January T = 2), a protest dated to
 * the month (2024-02, −2.0) and an embargo dated to the day (2024-02-15, −8.0): February
 * T = 0.75·2 + 10 = 11.5, March 8.625, April 6.47 — one escalation episode, 2024-02 to 2024-03.
 * A call of T with a third actor U does not join the pair.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineJsHttpTest extends ReadHttpTestBase {

    private String s;
    private String t;
    private Appended statement;
    private Appended embargo;
    private Appended protest;
    private Appended call;

    @BeforeAll
    void scenario() {
        s = freshActor();
        t = freshActor();
        String u = freshActor();
        statement = write("/api/statements", obj("id", id("statement"), "actor", s, "speaker", "The <b>minister</b>",
                "about", arr(t), "tone", "HOSTILE", "datePrecision", "YEAR")
                .setAll(development("2024-05-05", s + " says <script>alert(1)</script> & more")));
        awaitProjected(statement);
        embargo = write("/api/measures", measure(id("embargo"), s, "EMBARGO", "2024-02-15", t));
        protest = write("/api/protests", obj("id", id("protest"), "actor", t, "against", s, "forum", "DIPLOMATIC",
                "datePrecision", "MONTH").setAll(development("2024-02-20", t + " protests the embargo")));
        call = write("/api/calls", obj("id", id("call"), "participants", arr(t, u))
                .setAll(development("2024-03-01", t + " and " + u + " talk")));
        awaitProjected(call);
    }

    @Test
    void theDocumentHasATitleSlideAnEventPerDevelopmentAndAnEraPerEpisode() {
        Reply reply = get("/api/export/timelinejs?pair=" + s + "-" + t);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode document = reply.json();
        assertThat(fieldNames(document)).containsExactlyInAnyOrder("title", "events", "eras");
        JsonNode title = document.path("title");
        assertThat(fieldNames(title)).containsExactly("text");
        // The pair's actors in their canonical, alphabetical order.
        assertThat(title.path("text").path("headline").asText()).isEqualTo(s.compareTo(t) < 0
                ? "State " + s + " – State " + t : "State " + t + " – State " + s);
        assertThat(title.path("text").path("text").asText()).contains("3 developments and 1 escalation episode.");

        // By date: the statement dated 2024 counts from 2024-01-01, the protest of 2024-02 from 2024-02-01.
        assertThat(ids(document.path("events"))).containsExactly(statement.eventId().toString(),
                protest.eventId().toString(), embargo.eventId().toString());
        for (JsonNode event : document.path("events")) {
            assertThat(fieldNames(event)).containsExactlyInAnyOrder("start_date", "text", "group", "background",
                    "unique_id");
            assertThat(fieldNames(event.path("text"))).containsExactlyInAnyOrder("headline", "text");
        }
    }

    @Test
    void datesAreAsPreciseAsTheDevelopments() {
        JsonNode events = read("/api/export/timelinejs?pair=" + s + "-" + t).path("events");

        assertThat(events.get(0).path("start_date").toString()).isEqualTo("{\"year\":2024}");
        assertThat(events.get(1).path("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":2}");
        assertThat(events.get(2).path("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":2,\"day\":15}");
    }

    @Test
    void eachSlideNamesItsGroupItsSourcesAndItsCoding() {
        JsonNode events = read("/api/export/timelinejs?pair=" + s + "-" + t).path("events");

        assertThat(events).extracting(event -> event.path("group").asText())
                .containsExactly("Statement", "Protest", "Measure");
        JsonNode embargoSlide = events.get(2);
        assertThat(embargoSlide.path("unique_id").asText()).isEqualTo(embargo.eventId().toString());
        assertThat(embargoSlide.path("text").path("headline").asText()).isEqualTo(s + " restricts exports to " + t);
        assertThat(embargoSlide.path("text").path("text").asText())
                .contains(s + " → " + t)
                .contains("Measure announced")
                .contains("CAMEO 163")
                .contains("Goldstein -8.0")
                .contains("<a href=\"https://english.kyodonews.net/news/example\" target=\"_blank\""
                        + " rel=\"noopener noreferrer\">Kyodo News</a>");
        assertThat(embargoSlide.path("background").path("color").asText()).isEqualTo("#f4dcdc");

        JsonNode byActor = read("/api/export/timelinejs?group=actor&pair=" + s + "-" + t).path("events");
        assertThat(byActor).extracting(event -> event.path("group").asText()).containsExactly(s, t, s);
    }

    @Test
    void textClientsWroteIsEscapedAsHtml() {
        JsonNode statementSlide = read("/api/export/timelinejs?pair=" + s + "-" + t).path("events").get(0);

        assertThat(statementSlide.path("text").path("headline").asText())
                .isEqualTo(s + " says &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
        assertThat(statementSlide.path("text").path("text").asText()).doesNotContain("<script>");
    }

    @Test
    void theErasAreTheEpisodesOfTheTimeline() {
        JsonNode timeline = read("/api/timeline?pair=" + s + "-" + t);
        assertThat(timeline.path("episodes")).hasSize(1);
        JsonNode episode = timeline.path("episodes").get(0);
        assertThat(episode.path("start").asText()).isEqualTo("2024-02");
        assertThat(episode.path("end").asText()).isEqualTo("2024-03");

        JsonNode eras = read("/api/export/timelinejs?pair=" + s + "-" + t).path("eras");

        assertThat(eras).hasSize(1);
        JsonNode era = eras.get(0);
        assertThat(fieldNames(era)).containsExactlyInAnyOrder("start_date", "end_date", "text");
        assertThat(era.path("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":2,\"day\":1}");
        assertThat(era.path("end_date").toString()).isEqualTo("{\"year\":2024,\"month\":3,\"day\":31}");
        assertThat(fieldNames(era.path("text"))).containsExactly("headline");
        assertThat(era.path("text").path("headline").asText()).isEqualTo("Escalation 2024-02 to 2024-03: peak 11.5 in 2024-02");
    }

    @Test
    void cutoffsApply() {
        // As of 2024-02-10 the protest of 2024-02 counts (from the 1st), the embargo does not: T = 3.5.
        JsonNode before = read("/api/export/timelinejs?pair=" + s + "-" + t + "&asOf=2024-02-10");
        assertThat(ids(before.path("events"))).containsExactly(statement.eventId().toString(),
                protest.eventId().toString());
        assertThat(before.path("eras")).isEmpty();

        JsonNode ongoing = read("/api/export/timelinejs?pair=" + s + "-" + t + "&asOf=2024-02-20");
        assertThat(ongoing.path("eras")).hasSize(1);
        assertThat(ongoing.path("eras").get(0).path("end_date").toString())
                .as("an episode still going on ends at asOf").isEqualTo("{\"year\":2024,\"month\":2,\"day\":20}");
        assertThat(ongoing.path("eras").get(0).path("text").path("headline").asText()).contains("ongoing");

        JsonNode known = read("/api/export/timelinejs?pair=" + s + "-" + t + "&knownAt=" + statement.recordedAt());
        assertThat(ids(known.path("events"))).containsExactly(statement.eventId().toString());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertBadParameter(get("/api/export/timelinejs"), "pair");
        assertBadParameter(get("/api/export/timelinejs?pair=" + s), "pair");
        assertBadParameter(get("/api/export/timelinejs?pair=" + s + "-" + t + "&group=colour"), "group");
        assertBadParameter(get("/api/export/timelinejs?pair=" + s + "-" + t + "&asOf=2024"), "asOf");
        assertBadParameter(get("/api/export/timelinejs?pair=" + s + "-" + t + "&knownAt=later"), "knownAt");
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(event -> ids.add(event.path("unique_id").asText()));
        return ids;
    }
}
