package org.escalationtimeline.app.diffs;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/timeline/diff on a pair of its own, C and D (weights of DESIGN §5, tension of §6):
 * <ul>
 *   <li>C embargoes D on 2024-03-10 (163, −8.0);</li>
 *   <li>later, an incident C→D on 2024-03-15 is recorded (173, −5.0): March C = 13, T = 13.0;
 *       April T = 0.75·13 = 9.75; May T = 7.3125 — one episode, 2024-03 to 2024-04, peak 13.0;
 *       before it was recorded, March T = 8.0 and April 6.0 — an episode of March alone, peak 8.0;</li>
 *   <li>last, the embargo's record is retracted: March T = 5.0, no episode at all.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineDiffHttpTest extends ReadHttpTestBase {

    private String pair;
    private Appended embargo;
    private Appended incident;
    private Appended retraction;

    @BeforeAll
    void scenario() {
        String c = freshActor();
        String d = freshActor();
        // A pair is answered in its canonical, alphabetical order.
        pair = c.compareTo(d) < 0 ? c + "-" + d : d + "-" + c;
        embargo = write("/api/measures", measure(id("embargo"), c, "EMBARGO", "2024-03-10", d));
        awaitProjected(embargo);
        incident = write("/api/incidents", obj("id", id("incident"), "actor", c, "targets", arr(d), "cameo", "173")
                .setAll(development("2024-03-15", c + " detains a crew from " + d)));
        awaitProjected(incident);
        retraction = write("/api/records/" + embargo.eventId() + "/retraction", obj("reason", "no such embargo"));
        awaitRetracted(embargo);
    }

    @Test
    void anEpisodeOpensBetweenTwoAsOfDates() {
        Reply reply = get("/api/timeline/diff?pair=" + pair + "&from=2024-02-15&to=2024-03-20&knownAt="
                + incident.recordedAt());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode diff = reply.json();
        assertThat(fieldNames(diff)).containsExactlyInAnyOrder("pair", "from", "to", "opened", "closed", "removed",
                "peakChanges");
        assertThat(diff.path("pair").asText()).isEqualTo(pair);
        assertThat(diff.path("from").path("asOf").asText()).isEqualTo("2024-02-15");
        assertThat(diff.path("to").path("asOf").asText()).isEqualTo("2024-03-20");
        assertThat(diff.path("from").path("knownAt").asText()).isEqualTo(incident.recordedAt().toString());
        assertThat(diff.path("opened")).hasSize(1);
        assertEpisode(diff.path("opened").get(0), "2024-03", "2024-03", "2024-03", 13.0, true);
        assertThat(diff.path("closed")).isEmpty();
        assertThat(diff.path("removed")).isEmpty();
        assertThat(diff.path("peakChanges")).isEmpty();
    }

    @Test
    void theEpisodeClosesBetweenTwoLaterAsOfDates() {
        JsonNode diff = read("/api/timeline/diff?pair=" + pair + "&from=2024-03-20&to=2024-06-01&knownAt="
                + incident.recordedAt());

        assertThat(diff.path("opened")).isEmpty();
        assertThat(diff.path("closed")).hasSize(1);
        assertEpisode(diff.path("closed").get(0), "2024-03", "2024-04", "2024-03", 13.0, false);
        assertThat(diff.path("removed")).isEmpty();
        assertThat(diff.path("peakChanges")).isEmpty();
    }

    @Test
    void aLaterRecordRaisesThePeakAtTheSameAsOf() {
        JsonNode diff = read("/api/timeline/diff?pair=" + pair + "&asOf=2024-06-01&fromKnownAt="
                + embargo.recordedAt() + "&toKnownAt=" + incident.recordedAt());

        assertThat(diff.path("opened")).isEmpty();
        assertThat(diff.path("closed")).isEmpty();
        assertThat(diff.path("removed")).isEmpty();
        assertThat(diff.path("peakChanges")).hasSize(1);
        JsonNode change = diff.path("peakChanges").get(0);
        assertThat(fieldNames(change)).containsExactlyInAnyOrder("start", "fromPeak", "fromPeakTension", "toPeak",
                "toPeakTension");
        assertThat(change.path("start").asText()).isEqualTo("2024-03");
        assertThat(change.path("fromPeak").asText()).isEqualTo("2024-03");
        assertThat(change.path("fromPeakTension").asDouble()).isEqualTo(8.0);
        assertThat(change.path("toPeak").asText()).isEqualTo("2024-03");
        assertThat(change.path("toPeakTension").asDouble()).isEqualTo(13.0);
    }

    @Test
    void aRetractedRecordMakesItsEpisodeDisappear() {
        JsonNode diff = read("/api/timeline/diff?pair=" + pair + "&asOf=2024-06-01&fromKnownAt="
                + incident.recordedAt() + "&toKnownAt=" + retraction.recordedAt());

        assertThat(diff.path("opened")).isEmpty();
        assertThat(diff.path("closed")).isEmpty();
        assertThat(diff.path("peakChanges")).isEmpty();
        assertThat(diff.path("removed")).hasSize(1);
        assertEpisode(diff.path("removed").get(0), "2024-03", "2024-04", "2024-03", 13.0, false);
    }

    @Test
    void asKnownNowThePairHasNoEpisodeToCompare() {
        JsonNode diff = read("/api/timeline/diff?pair=" + pair + "&from=2024-02-15&to=2024-06-01");

        assertThat(diff.path("opened")).isEmpty();
        assertThat(diff.path("closed")).isEmpty();
        assertThat(diff.path("removed")).isEmpty();
        assertThat(diff.path("peakChanges")).isEmpty();
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertBadParameter(get("/api/timeline/diff?from=2024-01-01"), "pair");
        assertBadParameter(get("/api/timeline/diff?pair=CHN&from=2024-01-01"), "pair");
        assertBadParameter(get("/api/timeline/diff?pair=CHN-CHN&from=2024-01-01"), "pair");
        assertBadParameter(get("/api/timeline/diff?pair=" + pair), "from");
        assertBadParameter(get("/api/timeline/diff?pair=" + pair + "&from=2024-03"), "from");
        assertBadParameter(get("/api/timeline/diff?pair=" + pair + "&from=2024-03-01&to=2024-02-01"), "to");
        assertBadParameter(get("/api/timeline/diff?pair=" + pair + "&fromKnownAt=2024-03-01T00:00:00Z"
                + "&toKnownAt=2024-02-01T00:00:00Z"), "toKnownAt");
        assertBadParameter(get("/api/timeline/diff?pair=" + pair + "&from=2024-01-01&toKnownAt=never"), "toKnownAt");
    }

    private void assertEpisode(JsonNode episode, String start, String end, String peak, double peakTension,
                               boolean open) {
        assertThat(fieldNames(episode)).containsExactlyInAnyOrder("start", "end", "peak", "peakTension", "openedBy",
                "open");
        assertThat(episode.path("start").asText()).isEqualTo(start);
        assertThat(episode.path("end").asText()).isEqualTo(end);
        assertThat(episode.path("peak").asText()).isEqualTo(peak);
        assertThat(episode.path("peakTension").asDouble()).isEqualTo(peakTension);
        assertThat(episode.path("openedBy").asText()).isEqualTo(embargo.eventId().toString());
        assertThat(episode.path("open").asBoolean()).isEqualTo(open);
    }
}
