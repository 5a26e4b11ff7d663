package org.escalationtimeline.app.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.TimelineProperties;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.escalationtimeline.app.write.Importer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.fail;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Acceptance of issue 4: a new user starts the service on an empty store and sees the 2010–2026
 * China–Japan–US history, whose stances and timeline tell the story the sources tell. Everything
 * is read over HTTP; every expected value is written here, worked out by hand from the data file
 * and DESIGN §5–§6 (CAMEO weights, the tension recurrence, the stance table).
 */
class DatasetAcceptanceTest extends LoadedDatasetHttpTestBase {

    /** Every A→B event inside the 90-day window counts; the window of 2026-01-10 opens after 2025-10-12. */
    private static final String NOW_IN_THE_DATA = "2026-01-10";

    @Autowired
    TimelineProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    // ---------------------------------------------------------------- what was loaded

    @Test
    void theFirstStartLoadsEveryDevelopmentOfTheDataSetInFileOrder() {
        JsonNode page = get("/api/events?asOf=" + DATASET_ENDS + "&limit=1000").json();
        JsonNode items = page.path("items");
        assertThat(items).hasSize(DATASET_DEVELOPMENTS);
        assertThat(page.path("next").asLong()).as("one page holds them all: %s", page.path("next"))
                .isGreaterThanOrEqualTo(items.path(DATASET_DEVELOPMENTS - 1).path("position").asLong());

        Map<String, Integer> byType = new TreeMap<>();
        long previous = -1;
        for (JsonNode item : items) {
            byType.merge(item.path("type").asText(), 1, Integer::sum);
            assertThat(item.path("position").asLong()).as("positions go up: %s", item).isGreaterThan(previous);
            previous = item.path("position").asLong();
            assertThat(Instant.parse(item.path("recordedAt").asText())).as("recorded by the loader: %s", item)
                    .isAfter(BEFORE_START);
            assertThat(item.path("sources").size()).as("every development has a source: %s", item).isBetween(1, 10);
            assertThat(item.path("corrected").asBoolean()).isFalse();
        }
        assertThat(byType).containsExactly(
                entry("CallHeld", 4), entry("IncidentRecorded", 12), entry("MeasureAnnounced", 10),
                entry("MeasureEased", 1), entry("MeasureLifted", 3), entry("MeasureSuspended", 1),
                entry("MeasureThreatened", 2), entry("MeetingHeld", 4), entry("MeetingScheduled", 3),
                entry("ProtestLodged", 18), entry("ProtestRejected", 2), entry("ProtestUpheld", 3),
                entry("RetractionDemanded", 4), entry("RetractionRefused", 2), entry("StatementMade", 6),
                entry("ThreatWithdrawn", 1));

        JsonNode first = items.get(0);
        assertThat(first.path("type").asText()).isEqualTo("MeasureAnnounced");
        assertThat(first.path("aggregate")).isEqualTo(obj("type", "measure", "id", "cn-rare-earth-export-quotas"));
        assertThat(first.path("date").asText()).isEqualTo("2010-07-01");
        assertThat(first.path("datePrecision").asText()).isEqualTo("MONTH");
        assertThat(first.path("actor").asText()).isEqualTo("CHN");
        assertThat(texts(first.path("targets"))).containsExactly("WORLD");
        assertThat(first.path("cameo").path("code").asText()).isEqualTo("163");
        assertThat(first.path("cameo").path("quadClass").asInt()).isEqualTo(4);
        assertThat(first.path("goldstein").asDouble()).isEqualTo(-8.0);
        assertThat(first.path("sources")).hasSize(2);

        JsonNode last = items.get(DATASET_DEVELOPMENTS - 1);
        assertThat(last.path("type").asText()).isEqualTo("MeasureAnnounced");
        assertThat(last.path("aggregate")).isEqualTo(obj("type", "measure", "id", "cn-rare-earth-licensing-japan-2026"));
        assertThat(last.path("date").asText()).isEqualTo("2026-01-08");

        // The actors the data set registered, as known when its last development was recorded.
        JsonNode actors = get("/api/actors?knownAt=" + last.path("recordedAt").asText()).json();
        assertThat(fieldOfEach(actors, "code"))
                .containsExactlyInAnyOrder("CHN", "JPN", "USA", "KOR", "TWN", "EU", "WTO", "WORLD");
    }

    // ---------------------------------------------------------------- stances

    @Test
    void asOf2026_01_10ChinaCoercesJapanJapanProtestsAndJapanAndTheUsEngageEachOther() {
        JsonNode answer = get("/api/stances?asOf=" + NOW_IN_THE_DATA).json();
        assertThat(answer.path("asOf").asText()).isEqualTo(NOW_IN_THE_DATA);
        assertThat(answer.path("window").asText()).isEqualTo("P90D");
        JsonNode stances = answer.path("stances");

        // Five measures of its own against Japan in force, plus the April 2025 licensing aimed at the world.
        assertStance(stances, "CHN", "JPN", "COERCING", List.of(
                        "cn-dichlorosilane-probe-2026", "cn-dual-use-ban-2026", "cn-japan-seafood-suspension-2025",
                        "cn-japan-travel-advisory-2025", "cn-rare-earth-licensing-2025",
                        "cn-rare-earth-licensing-japan-2026"),
                List.of(2, 0, 13, 4), -66.8);
        assertThat(texts(stance(stances, "CHN", "JPN").path("activeMeasures"))).contains("cn-dual-use-ban-2026");
        // Protests and refusals since Takaichi's remark of 7 November, no cooperation after it, no measure.
        assertStance(stances, "JPN", "CHN", "PROTESTING", List.of(), List.of(4, 0, 6, 0), -11.4);
        // The Tokyo summit agreement, APEC Shenzhen scheduled, three calls and the Washington visit.
        assertStance(stances, "JPN", "USA", "ENGAGING", List.of(), List.of(6, 0, 0, 0), 19.0);
        assertStance(stances, "USA", "JPN", "ENGAGING", List.of(), List.of(6, 0, 0, 0), 19.0);
        // The 100 % tariff threat was withdrawn at Busan: neither a threat nor a measure is left.
        JsonNode usToChina = stance(stances, "USA", "CHN");
        assertThat(usToChina.path("posture").asText()).isNotIn("THREATENING", "COERCING");
        assertStance(stances, "USA", "CHN", "ENGAGING", List.of(), List.of(4, 1, 0, 0), 22.0);
    }

    @Test
    void asOf2010_10_01ChinaCoercesJapanWhileJapanHedges() {
        JsonNode stances = get("/api/stances?asOf=2010-10-01").json().path("stances");

        // The de facto rare-earth halt (eased on 29 September, not lifted) and the 2010 export quotas.
        assertStance(stances, "CHN", "JPN", "COERCING",
                List.of("cn-rare-earth-export-quotas", "cn-rare-earth-halt-2010"), List.of(0, 1, 8, 3), -32.4);
        // Japan seized and arrested, then released the crew and the captain: conflict, then cooperation.
        JsonNode japan = stance(stances, "JPN", "CHN");
        assertThat(japan.path("posture").asText()).isNotEqualTo("COERCING");
        assertStance(stances, "JPN", "CHN", "HEDGING", List.of(), List.of(0, 2, 1, 2), -4.2);
    }

    @Test
    void asOf2015_06_30ChinaNoLongerCoercesJapan() {
        JsonNode stances = get("/api/stances?asOf=2015-06-30").json().path("stances");

        // The halt was lifted in November 2010 and the quotas on 1 January 2015; nothing happened between them since.
        JsonNode china = stance(stances, "CHN", "JPN");
        assertThat(china.path("posture").asText()).isNotEqualTo("COERCING");
        assertStance(stances, "CHN", "JPN", "NEUTRAL", List.of(), List.of(0, 0, 0, 0), 0.0);
        assertStance(stances, "JPN", "CHN", "NEUTRAL", List.of(), List.of(0, 0, 0, 0), 0.0);
    }

    // ---------------------------------------------------------------- the timeline

    @Test
    void theChinaJapanTimelineHasThe2010EpisodeAndAnOpenOneSinceNovember2025AndNothingBetween() {
        JsonNode timeline = get("/api/timeline?pair=CHN-JPN&asOf=" + DATASET_ENDS).json();
        assertThat(timeline.path("pair").asText()).isEqualTo("CHN-JPN");
        assertThat(timeline.path("granularity").asText()).isEqualTo("MONTH");
        assertThat(timeline.path("from").asText()).isEqualTo("2010-01");
        assertThat(timeline.path("to").asText()).as("the series stops at asOf's month").isEqualTo("2026-01");

        Map<String, JsonNode> points = new LinkedHashMap<>();
        timeline.path("points").forEach(point -> points.put(point.path("period").asText(), point));
        assertThat(points).hasSize(193);
        assertThat(points.keySet()).startsWith("2010-01").endsWith("2026-01");

        // 2010-09: C = 55.6 (two seizures, seven summonses, halted talks and contacts, Wen's threat,
        // the halt, Japan's rejection), K = 19.0 (crew and captain returned, halt eased): T = 55.6 - 9.5.
        assertPoint(points.get("2010-09"), 46.1, 55.6, 19.0, 17, List.of(0, 3, 9, 5));
        assertPoint(points.get("2010-10"), 34.575, 0.0, 0.0, 0, List.of(0, 0, 0, 0));
        // The halt lifted: 0.75 * 34.575 - 0.5 * 7.
        assertPoint(points.get("2010-11"), 22.431, 0.0, 7.0, 1, List.of(0, 1, 0, 0));
        assertThat(points.get("2011-02").path("tension").asDouble()).isEqualTo(9.463);
        assertThat(points.get("2011-03").path("tension").asDouble()).isEqualTo(7.097);
        // The Takaichi row: 44.4 of conflict less half of APEC Shenzhen's 4.0.
        assertPoint(points.get("2025-11"), 42.4, 44.4, 4.0, 16, List.of(3, 0, 11, 2));
        // Two more demands for a retraction: 0.75 * 42.4 + 10.
        assertPoint(points.get("2025-12"), 41.8, 10.0, 0.0, 2, List.of(0, 0, 2, 0));
        // The dual-use ban, the licensing threat carried out, the probe, protests and their rejection.
        assertPoint(points.get("2026-01"), 65.15, 33.8, 0.0, 8, List.of(0, 0, 6, 2));

        // 2016-2024: no event between the two, and the 2012 WTO complaints have long faded.
        points.forEach((period, point) -> {
            if (period.compareTo("2016-01") >= 0 && period.compareTo("2024-12") <= 0) {
                assertThat(point.path("events").asInt()).as("events in %s", period).isZero();
                assertThat(point.path("tension").asDouble()).as("tension in %s", period).isEqualTo(0.0);
            }
        });

        Map<String, String> eventIds = eventIdsByAggregateAndType();
        JsonNode episodes = timeline.path("episodes");
        assertThat(episodes).as("episodes: %s", episodes).hasSize(2);
        assertThat(episodes.get(0)).isEqualTo(obj("start", "2010-09", "end", "2011-02", "peak", "2010-09",
                "peakTension", 46.1, "openedBy", eventIds.get("jp-intercepts-trawler-2010/IncidentRecorded"),
                "open", false));
        assertThat(episodes.get(1)).isEqualTo(obj("start", "2025-11", "end", "2026-01", "peak", "2026-01",
                "peakTension", 65.15, "openedBy", eventIds.get("jp-takaichi-taiwan-remark-2025/StatementMade"),
                "open", true));
        episodes.forEach(episode -> assertThat(episode.path("end").asText().compareTo("2016-01") < 0
                || episode.path("start").asText().compareTo("2024-12") > 0)
                .as("no episode overlaps 2016-2024: %s", episode).isTrue());
    }

    // ---------------------------------------------------------------- knownAt

    @Test
    void knownAtBeforeTheDataSetWasLoadedNothingIsKnown() {
        String before = encode(BEFORE_START.toString());
        Instant firstRecorded = Instant.parse(get("/api/events?limit=1").json().path("items").path(0)
                .path("recordedAt").asText());
        assertThat(BEFORE_START).as("the instant read at is before the load").isBefore(firstRecorded);

        JsonNode events = get("/api/events?knownAt=" + before).json();
        assertThat(events.path("items")).isEmpty();
        assertThat(events.path("next").asLong()).as("nothing was recorded yet: go on from the start").isZero();

        JsonNode stances = get("/api/stances?asOf=" + NOW_IN_THE_DATA + "&knownAt=" + before).json();
        assertThat(stances.path("stances")).isEmpty();

        JsonNode timeline = get("/api/timeline?pair=CHN-JPN&asOf=" + DATASET_ENDS + "&knownAt=" + before).json();
        assertThat(Instant.parse(timeline.path("knownAt").asText())).isEqualTo(BEFORE_START);
        assertThat(timeline.path("points")).hasSize(193);
        timeline.path("points").forEach(point -> assertPoint(point, 0.0, 0.0, 0.0, 0, List.of(0, 0, 0, 0)));
        assertThat(timeline.path("episodes")).isEmpty();

        assertThat(get("/api/measures/cn-dual-use-ban-2026?knownAt=" + before).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- one measure's history

    @Test
    void theRareEarthHaltOf2010IsUnknownBeforeItThenInForceThenEasedThenLifted() {
        assertThat(get("/api/measures/cn-rare-earth-halt-2010?asOf=2010-09-20").status()).isEqualTo(404);

        JsonNode inForce = measure("cn-rare-earth-halt-2010", "2010-09-25");
        assertThat(inForce.path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(inForce.path("since").asText()).isEqualTo("2010-09-21");
        assertThat(historyTypes(inForce)).containsExactly("MeasureAnnounced");

        JsonNode eased = measure("cn-rare-earth-halt-2010", "2010-10-01");
        assertThat(eased.path("id").asText()).isEqualTo("cn-rare-earth-halt-2010");
        assertThat(eased.path("actor").asText()).isEqualTo("CHN");
        assertThat(texts(eased.path("targets"))).containsExactly("JPN");
        assertThat(eased.path("kind").asText()).isEqualTo("EXPORT_BAN");
        assertThat(texts(eased.path("items"))).containsExactly("rare-earth oxides, salts and metals bound for Japan");
        assertThat(eased.path("effectiveOn").asText()).isEqualTo("2010-09-21");
        assertThat(eased.path("status").asText()).isEqualTo("EASED");
        assertThat(eased.path("since").asText()).isEqualTo("2010-09-29");
        assertThat(eased.path("until").isNull()).isTrue();
        assertThat(historyTypes(eased)).containsExactly("MeasureAnnounced", "MeasureEased");
        assertThat(fieldOfEach(eased.path("history"), "date")).containsExactly("2010-09-21", "2010-09-29");

        JsonNode lifted = measure("cn-rare-earth-halt-2010", "2010-12-31");
        assertThat(lifted.path("status").asText()).isEqualTo("LIFTED");
        assertThat(lifted.path("since").asText()).isEqualTo("2010-11-19");
        assertThat(historyTypes(lifted)).containsExactly("MeasureAnnounced", "MeasureEased", "MeasureLifted");
        assertThat(historyTypes(measure("cn-rare-earth-halt-2010", DATASET_ENDS)))
                .containsExactly("MeasureAnnounced", "MeasureEased", "MeasureLifted");
    }

    @Test
    void theOctober2025ControlsAreSuspendedUntilNovember2026AndTheTariffThreatWasWithdrawn() {
        JsonNode controls = measure("cn-rare-earth-controls-oct-2025", NOW_IN_THE_DATA);
        assertThat(controls.path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(controls.path("since").asText()).isEqualTo("2025-11-07");
        assertThat(controls.path("until").asText()).isEqualTo("2026-11-10");
        assertThat(historyTypes(controls)).containsExactly("MeasureAnnounced", "MeasureSuspended");

        JsonNode threatened = measure("us-tariff-threat-oct-2025", "2025-10-15");
        assertThat(threatened.path("status").asText()).isEqualTo("THREATENED");
        assertThat(threatened.path("since").asText()).isEqualTo("2025-10-10");
        JsonNode withdrawn = measure("us-tariff-threat-oct-2025", "2025-10-31");
        assertThat(withdrawn.path("status").asText()).isEqualTo("LIFTED");
        assertThat(withdrawn.path("since").asText()).isEqualTo("2025-10-30");
        assertThat(historyTypes(withdrawn)).containsExactly("MeasureThreatened", "ThreatWithdrawn");
    }

    // ---------------------------------------------------------------- loaded once

    @Test
    void importingTheBundledFileAgainAnswersEveryLineAsBeforeAndAppendsNothing() throws IOException {
        String file = new ClassPathResource(DATASET).getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> lines = file.lines().map(line -> readTree(line)).toList();
        assertThat(lines).hasSize(DATASET_LINES);
        Map<String, JsonNode> listed = new HashMap<>();
        get("/api/events?asOf=" + DATASET_ENDS + "&limit=1000").json().path("items")
                .forEach(item -> listed.put(item.path("eventId").asText(), item));

        Reply reply = importLines(file);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith(NDJSON);
        List<JsonNode> answer = reply.ndjson();
        assertThat(answer).hasSize(DATASET_LINES + 1);

        int actors = 0;
        for (int i = 0; i < DATASET_LINES; i++) {
            JsonNode line = lines.get(i);
            JsonNode result = answer.get(i);
            assertThat(result.path("line").asInt()).isEqualTo(i + 1);
            assertThat(result.path("command").asText()).isEqualTo(line.path("command").asText());
            assertThat(result.path("status").asInt()).as("line %s: %s", i + 1, result).isEqualTo(200);
            assertThat(result.has("problem")).as("line %s: %s", i + 1, result).isFalse();
            JsonNode event = result.path("events").path(0);
            assertThat(result.path("events")).hasSize(1);
            if (line.path("command").asText().equals("RegisterActor")) {
                actors++;
                assertThat(result.path("id").asText()).isEqualTo(line.path("code").asText());
                assertThat(event.path("type").asText()).isEqualTo("ActorRegistered");
                continue;
            }
            // Answered as the first time: the very event the loader appended for this line.
            JsonNode first = listed.get(event.path("eventId").asText());
            assertThat(first).as("line %s answers an event of the data set: %s", i + 1, result).isNotNull();
            assertThat(result.path("id").asText()).isEqualTo(line.path("id").asText());
            assertThat(first.path("aggregate").path("id").asText()).isEqualTo(line.path("id").asText());
            assertThat(event.path("type").asText()).isEqualTo(first.path("type").asText());
            assertThat(event.path("position").asLong()).isEqualTo(first.path("position").asLong());
            assertThat(Instant.parse(event.path("recordedAt").asText()))
                    .isEqualTo(Instant.parse(first.path("recordedAt").asText()));
            listed.remove(event.path("eventId").asText());
        }
        assertThat(actors).isEqualTo(DATASET_ACTORS);
        assertThat(listed).as("every development was answered once").isEmpty();
        assertThat(answer.get(DATASET_LINES)).isEqualTo(obj("summary",
                obj("lines", DATASET_LINES, "appended", 0, "repeated", DATASET_LINES, "failed", 0)));

        assertThat(get("/api/events?asOf=" + DATASET_ENDS + "&limit=1000").json().path("items"))
                .hasSize(DATASET_DEVELOPMENTS);
    }

    @Test
    void aStartIntoAStoreThatHoldsEventsDoesNotImportTheDataSet() {
        assertThat(properties.dataset().load()).isTrue();
        Importer importer = mock(Importer.class);

        new DatasetLoader(properties, importer, jdbc).loadIntoAnEmptyStore();

        verifyNoInteractions(importer);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode stance(JsonNode stances, String actor, String toward) {
        for (JsonNode stance : stances) {
            if (stance.path("actor").asText().equals(actor) && stance.path("toward").asText().equals(toward)) {
                return stance;
            }
        }
        return fail("no stance of %s toward %s in %s", actor, toward, stances);
    }

    private static void assertStance(JsonNode stances, String actor, String toward, String posture,
                                     List<String> activeMeasures, List<Integer> quadClasses, double goldsteinSum) {
        JsonNode stance = stance(stances, actor, toward);
        String what = actor + " toward " + toward + ": " + stance;
        assertThat(stance.path("posture").asText()).as(what).isEqualTo(posture);
        assertThat(texts(stance.path("activeMeasures"))).as(what).containsExactlyElementsOf(activeMeasures);
        assertThat(ints(stance.path("quadClasses"))).as(what).containsExactlyElementsOf(quadClasses);
        assertThat(stance.path("goldsteinSum").asDouble()).as(what).isEqualTo(goldsteinSum);
        assertThat(stance.path("basis").isArray()).as(what).isTrue();
        if (!posture.equals("NEUTRAL")) {
            assertThat(stance.path("basis")).as("a posture other than NEUTRAL has its basis: " + what).isNotEmpty();
        }
    }

    private static void assertPoint(JsonNode point, double tension, double conflict, double cooperation, int events,
                                    List<Integer> quadClasses) {
        assertThat(point).as("a point").isNotNull();
        String what = "point " + point;
        assertThat(point.path("tension").asDouble()).as(what).isEqualTo(tension);
        assertThat(point.path("conflict").asDouble()).as(what).isEqualTo(conflict);
        assertThat(point.path("cooperation").asDouble()).as(what).isEqualTo(cooperation);
        assertThat(point.path("events").asInt()).as(what).isEqualTo(events);
        assertThat(ints(point.path("quadClasses"))).as(what).containsExactlyElementsOf(quadClasses);
    }

    private static List<String> fieldOfEach(JsonNode array, String field) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        return texts(array).stream().map(Integer::valueOf).toList();
    }

    private JsonNode measure(String id, String asOf) {
        Reply reply = get("/api/measures/" + id + "?asOf=" + asOf);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static List<String> historyTypes(JsonNode view) {
        return fieldOfEach(view.path("history"), "type");
    }

    /** {@code "<aggregate id>/<type>"} to event id, for the developments of the data set. */
    private Map<String, String> eventIdsByAggregateAndType() {
        Map<String, String> ids = new HashMap<>();
        get("/api/events?asOf=" + DATASET_ENDS + "&limit=1000").json().path("items").forEach(item ->
                ids.putIfAbsent(item.path("aggregate").path("id").asText() + "/" + item.path("type").asText(),
                        item.path("eventId").asText()));
        return ids;
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
