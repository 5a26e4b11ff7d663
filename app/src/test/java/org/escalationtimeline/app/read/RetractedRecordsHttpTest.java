package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.send;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * Reads of aggregates one of whose records was retracted or re-dated: they go on answering
 * (DESIGN §4: a retracted record simply stops counting; §10: a client's write never turns reads
 * into 500s), and their ETag stays the aggregate's version for a following If-Match (§9). Its own
 * Spring context and store, so that what it leaves behind cannot disturb the other read tests.
 * <pre>
 * retracted-announcement: announced 2026-01-06, tightened 2026-01-20, then the announcement's record retracted
 * re-dated-announcement:  announced 2026-01-06, tightened 2026-01-20, then the announcement corrected to 2026-01-25
 * retracted-tightening:   announced 2026-01-06, tightened 2026-01-20, then the tightening's record retracted
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + ReadHttpClient.TOKEN, "timeline.dataset.load=false"})
class RetractedRecordsHttpTest extends ReadHttpClient {

    private static final String DATA_DIR = "target/test-data/read-http-retracted-"
            + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> DATA_DIR);
    }

    String a;
    String b;
    String retractedAnnouncement;
    Appended tighteningOfRetracted;
    String reDatedAnnouncement;
    String retractedTightening;
    Appended tighteningRetracted;
    List<String> retractedRecords;

    @BeforeAll
    void writeTheScenarios() {
        a = freshActor();
        b = freshActor();

        retractedAnnouncement = id("ban");
        Appended announced = write("/api/measures", measure(retractedAnnouncement, a, List.of(b), "2026-01-06",
                "ban"));
        tighteningOfRetracted = write("/api/measures/" + retractedAnnouncement + "/tighten",
                development("2026-01-20", "tightened").set("items", arr("rare earths")));
        write("/api/records/" + announced.eventId() + "/retraction", obj("reason", "recorded in error"));

        reDatedAnnouncement = id("ban");
        Appended announcedEarly = write("/api/measures", measure(reDatedAnnouncement, a, List.of(b), "2026-01-06",
                "ban"));
        Appended tighteningOfReDated = write("/api/measures/" + reDatedAnnouncement + "/tighten",
                development("2026-01-20", "tightened").set("items", arr("rare earths")));
        write("/api/records/" + announcedEarly.eventId() + "/corrections",
                obj("date", "2026-01-25", "reason", "announced later than first reported"));

        retractedTightening = id("ban");
        Appended announcedAgain = write("/api/measures", measure(retractedTightening, a, List.of(b), "2026-01-06",
                "ban"));
        tighteningRetracted = write("/api/measures/" + retractedTightening + "/tighten",
                development("2026-01-20", "tightened").set("items", arr("rare earths")));
        write("/api/records/" + tighteningRetracted.eventId() + "/retraction", obj("reason", "recorded in error"));

        // Caught up: both retracted records gone, the re-dated announcement corrected.
        await("/api/events?pair=" + a + "-" + b, page -> eventIds(page).equals(List.of(
                tighteningOfRetracted.eventId().toString(), announcedEarly.eventId().toString(),
                tighteningOfReDated.eventId().toString(), announcedAgain.eventId().toString()))
                && page.path("items").get(1).path("corrected").asBoolean());
        retractedRecords = List.of(announced.eventId().toString(), tighteningRetracted.eventId().toString());
    }

    @Test
    void theEventListLeavesTheRetractedRecordsOut() {
        JsonNode page = get("/api/events?pair=" + a + "-" + b).json();
        assertThat(eventIds(page)).hasSizeGreaterThanOrEqualTo(4).doesNotContainAnyElementsOf(retractedRecords);
    }

    @Test
    void aMeasureWhoseAnnouncementWasRetractedIsStillRead() {
        Reply measure = get("/api/measures/" + retractedAnnouncement);
        assertThat(measure.status()).as("GET /api/measures/%s -> %s", retractedAnnouncement, measure).isIn(200, 404);
        if (measure.status() == 200) {
            assertThat(measure.json().get("history")).extracting(e -> e.get("eventId").asText())
                    .containsExactly(tighteningOfRetracted.eventId().toString());
        }
    }

    @Test
    void aMeasureWhoseAnnouncementWasReDatedAfterItsTighteningIsStillRead() {
        Reply measure = get("/api/measures/" + reDatedAnnouncement);
        assertThat(measure.status()).as("GET /api/measures/%s -> %s", reDatedAnnouncement, measure).isEqualTo(200);
        assertThat(measure.json().get("kind").asText()).isEqualTo("EXPORT_BAN");
        assertThat(measure.json().get("history")).hasSize(2);
    }

    @Test
    void theStancesAreStillRead() {
        Reply stances = get("/api/stances?asOf=2026-01-31&actor=" + a);
        assertThat(stances.status()).as("GET /api/stances -> %s", stances).isEqualTo(200);
        assertThat(stances.json().get("stances")).extracting(s -> s.get("toward").asText()).containsExactly(b);
    }

    @Test
    void theETagOfAMeasureWithARetractedRecordIsItsVersionForAFollowingIfMatch() {
        Reply read = get("/api/measures/" + retractedTightening);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("history")).hasSize(1);
        // Announced (version 0), tightened (version 1): the retraction of the tightening's record does not
        // change the measure's version, which the next write must name.
        String etag = read.header("ETag");

        Reply lifted = send(HttpRequest.newBuilder(uri("/api/measures/" + retractedTightening + "/lift"))
                .timeout(Duration.ofSeconds(60))
                .setHeader("Content-Type", "application/json")
                .setHeader("Authorization", "Bearer " + TOKEN)
                .setHeader("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString(text(development("2026-02-01", "lifted")),
                        StandardCharsets.UTF_8))
                .build());
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(etag).as("ETag of GET /api/measures/%s", retractedTightening).isEqualTo("\"1\"");
            soft.assertThat(lifted.status()).as("POST lift with If-Match %s -> %s", etag, lifted).isEqualTo(201);
        });
    }
}
