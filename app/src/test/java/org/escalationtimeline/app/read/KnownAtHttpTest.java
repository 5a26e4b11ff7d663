package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * asOf and knownAt through HTTP alone, on a scenario with a correction and a record retraction,
 * on a pair of its own (A, B). k0 … k5 are instants taken right after each acknowledged write:
 * <pre>
 *      k0  (nothing written yet)
 * E1   POST /api/measures            A→B EXPORT_BAN "dual-use items"  2026-01-06  (163, −8.0, QuadClass 4)   k1
 * E2   POST /api/measures/m/tighten  +"rare earths"                   2026-01-20  (163, −8.0, QuadClass 4)   k2
 * E3   POST /api/protests            B→A DIPLOMATIC about m           2026-01-08  (114, −2.0, QuadClass 3)   k3
 * C1   POST /api/records/E1/corrections  date 2026-01-09, summary, sources [Xinhua]                        k4
 * R1   POST /api/records/E2/retraction                                                                     k5
 * </pre>
 * Timeline of A-B, 2025-12 to 2026-02 (T of January; February is 0.75 × January):
 * k1 8.0 (episode January, by E1, closed); k2 16.0; k3 18.0 (episode January–February, by E1,
 * open); k4 18.0, opened by E3 now that E1 is dated 01-09; k5 10.0 (episode January, by E3, closed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownAtHttpTest extends ReadHttpTestBase {

    static final String ORIGINAL_SUMMARY = "Export ban on dual-use items";
    static final String CORRECTED_SUMMARY = "Export ban on dual-use items for military end users";

    String a;
    String b;
    String pair;
    String measureId;
    Appended e1;
    Appended e2;
    Appended e3;
    Appended c1;
    Appended r1;
    Instant k0;
    Instant k1;
    Instant k2;
    Instant k3;
    Instant k4;
    Instant k5;

    @BeforeAll
    void writeTheScenario() {
        a = freshActor();
        b = freshActor();
        pair = a + "-" + b;
        measureId = id("ban");
        k0 = instantAfterWrite();
        e1 = write("/api/measures", measure(measureId, a, List.of(b), "2026-01-06", ORIGINAL_SUMMARY));
        k1 = instantAfterWrite();
        e2 = write("/api/measures/" + measureId + "/tighten",
                development("2026-01-20", "Rare earths added").set("items", arr("rare earths")));
        k2 = instantAfterWrite();
        e3 = write("/api/protests", protest(id("protest"), b, a, "DIPLOMATIC", measureId, "2026-01-08"));
        k3 = instantAfterWrite();
        c1 = write("/api/records/" + e1.eventId() + "/corrections", obj("date", "2026-01-09", "datePrecision", "DAY",
                "summary", CORRECTED_SUMMARY, "sources", arr(xinhua()), "reason", "announced on the ninth"));
        k4 = instantAfterWrite();
        r1 = write("/api/records/" + e2.eventId() + "/retraction", obj("reason", "recorded in error"));
        k5 = instantAfterWrite();

        assertThat(c1.type()).isEqualTo("RecordCorrected");
        assertThat(r1.type()).isEqualTo("RecordRetracted");
        assertThat(List.of(k0, e1.recordedAt(), k1, e2.recordedAt(), k2, e3.recordedAt(), k3, c1.recordedAt(), k4,
                r1.recordedAt(), k5)).as("every write recorded between the instants around it").isSorted();
        // The projection has caught up once the list known now shows the correction and not the retracted record.
        await("/api/events?pair=" + pair, page -> eventIds(page).equals(
                List.of(e1.eventId().toString(), e3.eventId().toString()))
                && page.get("items").get(0).get("corrected").asBoolean());
    }

    @Nested
    class TheEventList {

        JsonNode at(Instant knownAt) {
            Reply reply = get("/api/events?pair=" + pair + "&knownAt=" + q(knownAt));
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            reply.json().get("items").forEach(ReadHttpClient::assertEventShape);
            return reply.json();
        }

        @Test
        void beforeTheFirstWriteItIsEmpty() {
            JsonNode page = at(k0);
            assertThat(page.get("items")).isEmpty();
            assertThat(page.get("next").isIntegralNumber()).as("where to go on: %s", page).isTrue();
        }

        @Test
        void eachWriteAppearsFromItsRecordingOn() {
            assertThat(eventIds(at(k1))).containsExactly(e1.eventId().toString());
            assertThat(eventIds(at(k2))).containsExactly(e1.eventId().toString(), e2.eventId().toString());
            assertThat(eventIds(at(k3))).containsExactly(e1.eventId().toString(), e2.eventId().toString(),
                    e3.eventId().toString());
        }

        @Test
        void beforeTheCorrectionTheAnnouncementHasItsOriginalFields() {
            JsonNode announcement = at(k3).get("items").get(0);
            assertThat(announcement.get("date").asText()).isEqualTo("2026-01-06");
            assertThat(announcement.get("summary").asText()).isEqualTo(ORIGINAL_SUMMARY);
            assertThat(announcement.get("sources")).isEqualTo(arr(reuters()));
            assertThat(announcement.get("corrected").asBoolean()).isFalse();
            assertThat(announcement.get("correctedAt").isNull()).isTrue();
            assertThat(Instant.parse(announcement.get("recordedAt").asText())).isEqualTo(e1.recordedAt());
        }

        @Test
        void afterTheCorrectionItHasTheCorrectedFields() {
            JsonNode page = at(k4);
            assertThat(eventIds(page)).containsExactly(e1.eventId().toString(), e2.eventId().toString(),
                    e3.eventId().toString());
            JsonNode announcement = page.get("items").get(0);
            assertThat(announcement.get("date").asText()).isEqualTo("2026-01-09");
            assertThat(announcement.get("datePrecision").asText()).isEqualTo("DAY");
            assertThat(announcement.get("summary").asText()).isEqualTo(CORRECTED_SUMMARY);
            assertThat(announcement.get("sources")).isEqualTo(arr(xinhua()));
            assertThat(announcement.get("corrected").asBoolean()).isTrue();
            assertThat(Instant.parse(announcement.get("correctedAt").asText())).isEqualTo(c1.recordedAt());
            // What the correction does not touch.
            assertThat(Instant.parse(announcement.get("recordedAt").asText())).isEqualTo(e1.recordedAt());
            assertThat(announcement.get("position").asLong()).isEqualTo(e1.position());
            assertThat(announcement.get("type").asText()).isEqualTo("MeasureAnnounced");
            assertThat(announcement.get("cameo").get("code").asText()).isEqualTo("163");
            assertThat(announcement.get("goldstein").asDouble()).isEqualTo(-8.0);
            assertThat(announcement.get("aggregate")).isEqualTo(obj("type", "measure", "id", measureId));
        }

        @Test
        void afterTheRetractionTheRetractedRecordIsGone() {
            assertThat(eventIds(at(k5))).containsExactly(e1.eventId().toString(), e3.eventId().toString());
            assertThat(eventIds(get("/api/events?pair=" + pair).json()))
                    .containsExactly(e1.eventId().toString(), e3.eventId().toString());
        }

        @Test
        void asOfCountsTheWorldDateKnownAtTheCutoff() {
            String query = "/api/events?pair=" + pair + "&asOf=2026-01-07&knownAt=";
            assertThat(eventIds(get(query + q(k3)).json())).containsExactly(e1.eventId().toString());
            assertThat(eventIds(get(query + q(k4)).json())).isEmpty();
            assertThat(eventIds(get("/api/events?pair=" + pair + "&asOf=2026-01-09&knownAt=" + q(k4)).json()))
                    .containsExactly(e1.eventId().toString(), e3.eventId().toString());
        }
    }

    @Nested
    class TheMeasure {

        Reply at(Instant knownAt) {
            return get("/api/measures/" + measureId + "?knownAt=" + q(knownAt));
        }

        JsonNode found(Instant knownAt) {
            Reply reply = at(knownAt);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            reply.json().get("history").forEach(ReadHttpClient::assertEventShape);
            return reply.json();
        }

        @Test
        void beforeItsAnnouncementItIsNotFound() {
            assertThat(assertProblem(at(k0), 404).get("rule").asText()).isEqualTo("measure-must-exist");
        }

        @Test
        void announcedThenTightened() {
            JsonNode announced = found(k1);
            assertThat(announced.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(announced.get("since").asText()).isEqualTo("2026-01-06");
            assertThat(announced.get("items")).isEqualTo(arr("dual-use items"));
            assertThat(at(k1).header("ETag")).isEqualTo("\"0\"");

            JsonNode tightened = found(k3);
            assertThat(tightened.get("since").asText()).isEqualTo("2026-01-20");
            assertThat(tightened.get("items")).isEqualTo(arr("dual-use items", "rare earths"));
            assertThat(tightened.get("history")).extracting(e -> e.get("eventId").asText())
                    .containsExactly(e1.eventId().toString(), e2.eventId().toString());
            assertThat(at(k3).header("ETag")).isEqualTo("\"1\"");
        }

        @Test
        void afterTheCorrectionItsAnnouncementIsCorrected() {
            JsonNode m = found(k4);
            JsonNode announcement = m.get("history").get(0);
            assertThat(announcement.get("eventId").asText()).isEqualTo(e1.eventId().toString());
            assertThat(announcement.get("date").asText()).isEqualTo("2026-01-09");
            assertThat(announcement.get("summary").asText()).isEqualTo(CORRECTED_SUMMARY);
            assertThat(announcement.get("corrected").asBoolean()).isTrue();
            assertThat(Instant.parse(announcement.get("correctedAt").asText())).isEqualTo(c1.recordedAt());
            assertThat(m.get("since").asText()).isEqualTo("2026-01-20");
        }

        @Test
        void afterTheRetractionOfTheTighteningItIsAsAnnounced() {
            JsonNode m = found(k5);
            assertThat(m.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(m.get("since").asText()).isEqualTo("2026-01-09");
            assertThat(m.get("items")).isEqualTo(arr("dual-use items"));
            assertThat(m.get("history")).extracting(e -> e.get("eventId").asText())
                    .containsExactly(e1.eventId().toString());
            assertThat(found(Instant.now()).get("history")).hasSize(1);
        }

        @Test
        void asOfTheSeventhOfJanuaryItExistedOnlyByTheFirstReport() {
            assertThat(get("/api/measures/" + measureId + "?asOf=2026-01-07&knownAt=" + q(k3)).status())
                    .isEqualTo(200);
            assertProblem(get("/api/measures/" + measureId + "?asOf=2026-01-07&knownAt=" + q(k4)), 404);
        }
    }

    @Nested
    class TheTimeline {

        JsonNode at(Instant knownAt) {
            return at("", knownAt);
        }

        JsonNode at(String asOf, Instant knownAt) {
            Reply reply = get("/api/timeline?pair=" + pair + "&from=2025-12&to=2026-02" + asOf + "&knownAt="
                    + q(knownAt));
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(Instant.parse(reply.json().get("knownAt").asText())).isEqualTo(knownAt);
            return reply.json();
        }

        JsonNode point(String period, double tension, double conflict, int events, int... quadClasses) {
            return obj("period", period, "tension", tension, "conflict", conflict, "cooperation", 0.0,
                    "events", events, "quadClasses", quadClasses);
        }

        JsonNode episode(String start, String end, double peak, Appended openedBy, boolean open) {
            return obj("start", start, "end", end, "peak", "2026-01", "peakTension", peak,
                    "openedBy", openedBy.eventId().toString(), "open", open);
        }

        @Test
        void beforeTheFirstWriteItIsFlat() {
            JsonNode body = at(k0);
            assertThat(body.get("points")).containsExactly(point("2025-12", 0.0, 0.0, 0, 0, 0, 0, 0),
                    point("2026-01", 0.0, 0.0, 0, 0, 0, 0, 0), point("2026-02", 0.0, 0.0, 0, 0, 0, 0, 0));
            assertThat(body.get("episodes")).isEmpty();
        }

        @Test
        void eachWriteAddsItsWeight() {
            JsonNode announced = at(k1);
            assertThat(announced.get("points")).containsExactly(point("2025-12", 0.0, 0.0, 0, 0, 0, 0, 0),
                    point("2026-01", 8.0, 8.0, 1, 0, 0, 0, 1), point("2026-02", 6.0, 0.0, 0, 0, 0, 0, 0));
            assertThat(announced.get("episodes")).containsExactly(episode("2026-01", "2026-01", 8.0, e1, false));

            JsonNode tightened = at(k2);
            assertThat(tightened.get("points").get(1)).isEqualTo(point("2026-01", 16.0, 16.0, 2, 0, 0, 0, 2));
            assertThat(tightened.get("points").get(2)).isEqualTo(point("2026-02", 12.0, 0.0, 0, 0, 0, 0, 0));
            assertThat(tightened.get("episodes")).containsExactly(episode("2026-01", "2026-02", 16.0, e1, true));

            JsonNode protested = at(k3);
            assertThat(protested.get("points").get(1)).isEqualTo(point("2026-01", 18.0, 18.0, 3, 0, 0, 1, 2));
            assertThat(protested.get("points").get(2)).isEqualTo(point("2026-02", 13.5, 0.0, 0, 0, 0, 0, 0));
            assertThat(protested.get("episodes")).containsExactly(episode("2026-01", "2026-02", 18.0, e1, true));
        }

        @Test
        void afterTheCorrectionTheProtestOpensTheEpisode() {
            JsonNode body = at(k4);
            assertThat(body.get("points").get(1)).isEqualTo(point("2026-01", 18.0, 18.0, 3, 0, 0, 1, 2));
            assertThat(body.get("episodes")).containsExactly(episode("2026-01", "2026-02", 18.0, e3, true));
        }

        @Test
        void afterTheRetractionTheTighteningNoLongerCounts() {
            JsonNode body = at(k5);
            assertThat(body.get("points")).containsExactly(point("2025-12", 0.0, 0.0, 0, 0, 0, 0, 0),
                    point("2026-01", 10.0, 10.0, 2, 0, 0, 1, 1), point("2026-02", 7.5, 0.0, 0, 0, 0, 0, 0));
            assertThat(body.get("episodes")).containsExactly(episode("2026-01", "2026-01", 10.0, e3, false));
        }

        @Test
        void asOfTheSeventhOfJanuary() {
            JsonNode original = at("&asOf=2026-01-07", k3);
            assertThat(original.get("to").asText()).isEqualTo("2026-01");
            assertThat(original.get("points")).containsExactly(point("2025-12", 0.0, 0.0, 0, 0, 0, 0, 0),
                    point("2026-01", 8.0, 8.0, 1, 0, 0, 0, 1));
            assertThat(original.get("episodes")).containsExactly(episode("2026-01", "2026-01", 8.0, e1, true));

            JsonNode corrected = at("&asOf=2026-01-07", k4);
            assertThat(corrected.get("points")).extracting(p -> p.get("tension").asDouble()).containsExactly(0.0, 0.0);
            assertThat(corrected.get("episodes")).isEmpty();
        }
    }

    @Nested
    class TheStances {

        JsonNode stanceOfA(Instant knownAt) {
            Reply reply = get("/api/stances?asOf=2026-01-31&actor=" + a + "&knownAt=" + q(knownAt));
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().get("stances")).hasSize(1);
            return reply.json().get("stances").get(0);
        }

        @Test
        void theTighteningCountsUntilItsRecordIsRetracted() {
            assertThat(stanceOfA(k3)).isEqualTo(obj("actor", a, "toward", b, "posture", "COERCING",
                    "quadClasses", new int[]{0, 0, 0, 2}, "goldsteinSum", -16.0, "activeMeasures", List.of(measureId),
                    "basis", List.of(e1.eventId().toString())));
            assertThat(stanceOfA(k5)).isEqualTo(obj("actor", a, "toward", b, "posture", "COERCING",
                    "quadClasses", new int[]{0, 0, 0, 1}, "goldsteinSum", -8.0, "activeMeasures", List.of(measureId),
                    "basis", List.of(e1.eventId().toString())));
        }
    }
}
