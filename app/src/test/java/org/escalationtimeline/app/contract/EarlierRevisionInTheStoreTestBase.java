package org.escalationtimeline.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.app.admin.RebuildProgress;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.escalationtimeline.app.support.HttpTestClient.JSON;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * A store written before MeetingScheduled's revision 2: the frozen November 2026 fixture, in the row the service of
 * then wrote (revision 1, with its registry rows). Aggregates and processors read it through the store's upcasters:
 * the projection shows the meeting as it was stated, the aggregate holds the meeting it scheduled, and a replay
 * projects it again; the stored row is never rewritten. A read-model row the projection kept under revision 1 is read
 * through the same upcasters, before any rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + EarlierRevisionInTheStoreTestBase.TOKEN, "timeline.dataset.load=false"})
@DirtiesContext
abstract class EarlierRevisionInTheStoreTestBase {

    static final String TOKEN = "earlier-revision-token";
    private static final Path FIXTURE = Path.of("src/test/resources/event-json/stored-2026-11/MeetingScheduled.json");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeetingScheduledUnderRevisionOneIsReadInTodaysShapeByItsAggregateAndByAReplay() throws IOException {
        String fixture = Files.readString(FIXTURE, StandardCharsets.UTF_8);
        JsonNode stated = JSON.readTree(fixture);
        String meetingId = stated.path("meetingId").asText();
        storeAsRevisionOneDid(fixture, meetingId, stated.path("development").path("eventId").asText());
        HttpTestClient http = new HttpTestClient(port, TOKEN);

        JsonNode scheduled = await().atMost(PATIENCE)
                .until(() -> http.get("/api/meetings/" + meetingId), reply -> reply.status() == 200).json();
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertAsStated(scheduled, stated);

        Reply held = http.post("/api/meetings/" + meetingId + "/held", obj("date", "2026-11-12",
                "outcome", "AGREEMENT", "summary", "The APEC leaders meet in Shenzhen"));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        // The aggregate knew the arrangement only from the revision 1 row: its MeetingHeld carries it on.
        assertAsStated(JSON.readTree(jdbc.queryForObject("SELECT payload FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", byte[].class, meetingId)), stated);

        Reply started = http.post("/api/admin/replay", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        int generation = started.json().path("generation").asInt();
        Instant startedAt = Instant.parse(started.json().path("startedAt").asText());
        await().atMost(PATIENCE).until(() -> RebuildProgress.switchedTo(
                http.get("/api/admin/replay", "Authorization", "Bearer " + TOKEN).json(), generation, startedAt));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM record_version WHERE generation = ? AND aggregate_id = ?",
                Integer.class, generation, meetingId)).as("rows the replay wrote").isEqualTo(2);
        JsonNode replayed = http.get("/api/meetings/" + meetingId).json();
        assertThat(replayed.path("status").asText()).isEqualTo("HELD");
        assertAsStated(replayed, stated);

        assertThat(jdbc.queryForObject("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", String.class, meetingId)).as("the stored row, as written").isEqualTo("1");
    }

    @Test
    void aMeetingTheReadModelKeptUnderRevisionOneIsReadInTodaysShapeWithoutARebuild() throws IOException {
        HttpTestClient http = new HttpTestClient(port, TOKEN);
        for (String code : new String[] {"KOR", "USA"}) {
            Reply registered = http.post("/api/actors", obj("code", code, "name", "State " + code, "kind", "STATE"));
            assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        }
        String meetingId = "busan-" + UUID.randomUUID().toString().substring(0, 8);
        Reply scheduled = http.post("/api/meetings", obj("id", meetingId, "kind", "SUMMIT",
                "participants", JSON.createArrayNode().add("KOR").add("USA"), "host", "KOR", "date", "2025-10-20",
                "summary", "Leaders to meet in Busan",
                "sources", JSON.createArrayNode().add(obj("publication", "Yonhap"))));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        JsonNode today = await().atMost(PATIENCE)
                .until(() -> http.get("/api/meetings/" + meetingId), reply -> reply.status() == 200).json();

        // The row as the projection of November 2026 kept it: revision 1's flat shape, which V104 marks revision 1.
        ObjectNode kept = (ObjectNode) JSON.readTree(jdbc.queryForObject("SELECT payload FROM record_version "
                + "WHERE aggregate_id = ? AND sequence_number = 0", String.class, meetingId));
        JsonNode arrangement = kept.remove("arrangement");
        arrangement.fieldNames().forEachRemaining(field -> kept.set(field, arrangement.get(field)));
        assertThat(jdbc.update("UPDATE record_version SET payload = ?, payload_revision = '1' WHERE aggregate_id = ? "
                + "AND sequence_number = 0", kept.toString(), meetingId)).isEqualTo(1);

        Reply read = http.get("/api/meetings/" + meetingId);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(today);
        assertAsStated(read.json(), kept);

        // Marked as today's revision, the flat row cannot be read: that is the service's failure, not the client's.
        jdbc.update("UPDATE record_version SET payload_revision = '2' WHERE aggregate_id = ?", meetingId);
        Reply unreadable = http.get("/api/meetings/" + meetingId);
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(500);
        assertThat(unreadable.json().path("type").asText()).isEqualTo("/problems/internal-error");
    }

    /** Whatever shape it has today, it says what revision 1 said: kind, participants, host. */
    private static void assertAsStated(JsonNode read, JsonNode stated) {
        JsonNode arrangement = read.has("arrangement") ? read.path("arrangement") : read;
        for (String field : new String[] {"kind", "participants", "host"}) {
            assertThat(arrangement.path(field)).as(field).isEqualTo(stated.path(field));
        }
    }

    /** The rows the service wrote for this event under revision 1: the event, and the registry's in its transaction. */
    private void storeAsRevisionOneDid(String payload, String meetingId, String eventId) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 0, 'Meeting', ?, ?, '1', ?, ?)",
                UUID.randomUUID().toString(), meetingId, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                MeetingScheduled.class.getName(), payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO known_aggregate (aggregate_id, aggregate_type) VALUES (?, 'meeting')", meetingId);
        jdbc.update("INSERT INTO known_record (event_id, aggregate_type, aggregate_id, sequence_number, event_type, "
                + "development) VALUES (?, 'meeting', ?, 0, 'MeetingScheduled', TRUE)", UUID.fromString(eventId), meetingId);
    }
}
