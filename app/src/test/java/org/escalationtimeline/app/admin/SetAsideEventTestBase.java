package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * An event in the store that the projection cannot handle (its summary is longer than the read model keeps: the
 * write side would have refused it, but the store holds it) is set aside: the events after it are projected, the
 * operator finds it listed with its cause and counted in the health endpoint, and the log tells of it once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"timeline.api-token=" + SetAsideEventTestBase.TOKEN, "timeline.dataset.load=false",
                "timeline.read-model.reconcile-ms=200"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
abstract class SetAsideEventTestBase {

    static final String TOKEN = "dead-letter-token";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventTheProjectionCannotHandleIsSetAsideAndEveryOtherEventIsProjected(CapturedOutput log) {
        registerChinaAndJapan();
        String unprojectable = appendUnprojectable();
        String incidentId = "incident-" + unprojectable;

        awaitCanaryProjected(incidentId, "The canary incident");

        // Its segment may commit after the canary's.
        await().atMost(PATIENCE).until(() -> setAside(unprojectable).size() == 1);
        JsonNode setAside = setAside(unprojectable).get(0);
        assertThat(setAside.path("eventId").asText()).isEqualTo(unprojectable);
        assertThat(setAside.path("eventType").asText()).isEqualTo("IncidentRecorded");
        assertThat(setAside.path("sequenceId").asText()).isEqualTo(incidentId);
        assertThat(setAside.path("processingGroup").asText()).startsWith("timeline-");
        assertThat(setAside.path("position").asLong()).isPositive();
        assertThat(setAside.path("causeType").asText()).contains("DataIntegrityViolation");
        assertThat(setAside.path("causeMessage").asText()).containsIgnoringCase("varying(500)");
        assertThat(setAside.path("enqueuedAt").asText()).isNotBlank();
        assertThat(http().get("/api/admin/dead-letters").status()).as("without the token").isEqualTo(401);

        JsonNode health = http().get("/actuator/health/read-model").json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("deadLetters").path("details").path("count").asLong())
                .isEqualTo(deadLetters().path("count").asLong()).isPositive();

        assertThat(log.getOut().lines().filter(line -> line.contains(unprojectable))).as("log lines naming it")
                .hasSize(1);
    }

    /**
     * A payload that cannot be read back at all (its JSON is cut short) must not stall its segment either: the
     * sequencing policy cannot look inside it, and the handler's failure sets it aside like any other.
     */
    @Test
    void anEventWhosePayloadCannotBeReadIsSetAsideAndEveryOtherEventIsProjected() {
        registerChinaAndJapan();
        String eventId = UUID.randomUUID().toString();
        String incidentId = "incident-" + eventId;
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload, meta_data) VALUES (?, ?, 0, 'Incident', ?, ?, ?, ?)",
                eventId, incidentId, Instant.now().toString(), IncidentRecorded.class.getName(),
                ("{\"aggregateId\":\"" + incidentId + "\",\"development\":{").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        awaitCanaryProjected(incidentId, "The canary after a torn payload");

        await().atMost(PATIENCE).until(() -> setAside(eventId).size() == 1);
        JsonNode setAside = setAside(eventId).get(0);
        assertThat(setAside.path("sequenceId").asText()).as("the aggregate it was appended by").isEqualTo(incidentId);
        assertThat(setAside.path("eventType").asText()).isEqualTo("IncidentRecorded");
        assertThat(setAside.path("causeType").asText()).containsIgnoringCase("Serialization");
    }

    /**
     * A letter whose cause the operator removes is projected by a retry; while the read model still refuses it, a
     * retry keeps it, with the cause of the latest attempt.
     */
    @Test
    void aRetriedEventIsProjectedOnceWhatRefusedItIsGoneAndStaysSetAsideWithItsNewCauseUntilThen() {
        registerChinaAndJapan();
        String summary = "Held back by the read model " + UUID.randomUUID();
        holdBack("held_back_first", summary);
        try {
            String eventId = written(http().post("/api/incidents", obj("actor", "JPN", "targets", arr("CHN"),
                    "cameo", "173", "date", "2026-02-03", "summary", summary)));
            await().atMost(PATIENCE).until(() -> setAside(eventId).size() == 1);
            JsonNode first = setAside(eventId).get(0);
            String id = first.path("id").asText();
            assertThat(id).isNotBlank();
            assertThat(first.path("causeMessage").asText()).containsIgnoringCase("held_back_first");

            release("held_back_first");
            holdBack("held_back_second", summary);
            Reply again = retry(id);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().path("outcome").asText()).isEqualTo("FAILED_AGAIN");
            assertThat(setAside(eventId)).singleElement().satisfies(letter -> {
                assertThat(letter.path("id").asText()).isEqualTo(id);
                assertThat(letter.path("causeMessage").asText()).containsIgnoringCase("held_back_second");
                assertThat(Instant.parse(letter.path("lastTouched").asText()))
                        .isAfter(Instant.parse(first.path("lastTouched").asText()));
            });
            assertThat(eventIds(http().get("/api/events?limit=1000").json())).doesNotContain(eventId);

            release("held_back_second");
            // As a retry under way on another node holds it: Axon's claim on the letter, until it runs out.
            jdbc.update("UPDATE dead_letter_entry SET processing_started = ? WHERE dead_letter_id = ?",
                    DateTimeUtils.formatInstant(Instant.now()), id);
            Reply claimed = retry(id);
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(409);
            assertThat(claimed.json().path("rule").asText()).isEqualTo("dead-letter-being-retried");
            jdbc.update("UPDATE dead_letter_entry SET processing_started = NULL WHERE dead_letter_id = ?", id);

            Reply retried = retry(id);
            assertThat(retried.status()).as(retried.body()).isEqualTo(200);
            assertThat(retried.json().path("outcome").asText()).isEqualTo("PROJECTED");
            assertThat(retried.json().path("waiting")).isEmpty();
            assertThat(setAside(eventId)).isEmpty();
            assertThat(eventIds(http().get("/api/events?limit=1000").json())).as("projected by the retry itself")
                    .contains(eventId);

            Reply gone = retry(id);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.contentType()).startsWith("application/problem+json");
            assertThat(retry("not-a-letter").json().path("errors").get(0).path("field").asText()).isEqualTo("id");
        } finally {
            release("held_back_first");
            release("held_back_second");
        }
    }

    /**
     * Evicting the first letter of a development gives up on that event: the events of the development that waited
     * behind it are projected, and only a letter's first may be retried.
     */
    @Test
    void anEvictedEventLeavesTheQueueAndTheEventsWaitingBehindItAreProjected() {
        registerChinaAndJapan();
        String summary = "Held back by the read model " + UUID.randomUUID();
        holdBack("held_back_announcement", summary);
        try {
            String measureId = "held-back-" + UUID.randomUUID().toString().substring(0, 8);
            String announcedId = written(http().post("/api/measures", obj("id", measureId, "actor", "CHN",
                    "targets", arr("JPN"), "kind", "EXPORT_BAN", "items", arr("rare earths"),
                    "effectiveOn", "2026-01-06", "date", "2026-01-06", "summary", summary)));
            await().atMost(PATIENCE).until(() -> setAside(announcedId).size() == 1);
            String liftedId = written(http().post("/api/measures/" + measureId + "/lift",
                    obj("date", "2026-06-01", "summary", "China lifts the ban")));
            await().atMost(PATIENCE).until(() -> setAside(liftedId).size() == 1);

            Reply early = retry(setAside(liftedId).get(0).path("id").asText());
            assertThat(early.status()).as(early.body()).isEqualTo(409);
            assertThat(early.json().path("rule").asText()).isEqualTo("retry-the-first-of-its-sequence");

            String first = setAside(announcedId).get(0).path("id").asText();
            Reply evicted = http().post("/api/admin/dead-letters/" + first + "/evict", "");
            assertThat(evicted.status()).as(evicted.body()).isEqualTo(200);
            assertThat(evicted.json().path("outcome").asText()).isEqualTo("EVICTED");
            assertThat(evicted.json().path("waiting")).isEmpty();
            assertThat(setAside(announcedId)).isEmpty();
            assertThat(setAside(liftedId)).isEmpty();
            assertThat(eventIds(http().get("/api/events?limit=1000").json())).contains(liftedId)
                    .doesNotContain(announcedId);
            assertThat(http().get("/actuator/health/read-model").json().path("components").path("deadLetters")
                    .path("details").path("count").asLong()).isEqualTo(deadLetters().path("count").asLong());

            Reply gone = http().post("/api/admin/dead-letters/" + first + "/evict", "");
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.json().path("rule").asText()).isEqualTo("no-such-dead-letter");
        } finally {
            release("held_back_announcement");
        }
    }

    /** The id of the one event a write appended. */
    private static String written(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("events").get(0).path("eventId").asText();
    }

    private Reply retry(String id) {
        return http().post("/api/admin/dead-letters/" + id + "/retry", "");
    }

    /** A constraint of the read model's own that refuses developments with this summary, until released. */
    private void holdBack(String constraint, String summary) {
        jdbc.execute("ALTER TABLE record_version ADD CONSTRAINT " + constraint + " CHECK (summary <> '" + summary + "')");
    }

    private void release(String constraint) {
        jdbc.execute("ALTER TABLE record_version DROP CONSTRAINT IF EXISTS " + constraint);
    }

    private void registerChinaAndJapan() {
        for (String code : List.of("CHN", "JPN")) {
            assertThat(http().post("/api/actors", obj("code", code, "name", code, "kind", "STATE")).status())
                    .isIn(200, 201);
        }
    }

    /** Appends an incident that the projection handles in the same segment as {@code incidentId}, and awaits it. */
    private void awaitCanaryProjected(String incidentId, String summary) {
        HttpTestClient http = http();
        Reply canary = http.post("/api/incidents", obj("id", sameSegment(incidentId), "actor", "JPN",
                "targets", arr("CHN"), "cameo", "173", "date", "2026-02-02", "summary", summary));
        assertThat(canary.status()).as(canary.body()).isEqualTo(201);
        String canaryId = canary.json().path("events").get(0).path("eventId").asText();
        await().atMost(PATIENCE).until(() -> eventIds(http.get("/api/events?limit=1000").json()).contains(canaryId));
    }

    HttpTestClient http() {
        return new HttpTestClient(port, TOKEN);
    }

    JsonNode deadLetters() {
        return http().get("/api/admin/dead-letters", "Authorization", "Bearer " + TOKEN).json();
    }

    /** The dead letters listed for this event. */
    List<JsonNode> setAside(String eventId) {
        return StreamSupport.stream(deadLetters().path("items").spliterator(), false)
                .filter(item -> item.path("eventId").asText().equals(eventId)).toList();
    }

    /**
     * Appends, through the event store as the write side would, an incident whose summary the read model has no room
     * for; answers its event id (the message's as well as the development's).
     */
    String appendUnprojectable() {
        UUID eventId = UUID.randomUUID();
        String incidentId = "incident-" + eventId;
        Coding coding = Coding.standard("173");
        eventStore.publish(new GenericDomainEventMessage<>("Incident", incidentId, 0L,
                new IncidentRecorded(incidentId, new Development(eventId, EventDate.day("2026-02-01"),
                        ActorCode.of("JPN"), List.of(ActorCode.of("CHN")), "a summary too long to keep ".repeat(30),
                        List.of(), coding.cameo(), coding.goldstein())),
                MetaData.emptyInstance(), eventId.toString(), Instant.now()));
        return eventId.toString();
    }

    /**
     * An incident id whose events the projection handles in the same segment as {@code incidentId}'s: Axon puts a
     * sequence in the segment its hash code's low bits name, so the two share the low 8 bits (any number of segments
     * up to 256). A poisoned segment would hold the canary back.
     */
    private static String sameSegment(String incidentId) {
        for (int i = 0; ; i++) {
            String candidate = "canary-" + i + "-" + incidentId;
            if ((candidate.hashCode() & 0xFF) == (incidentId.hashCode() & 0xFF)) {
                return candidate;
            }
        }
    }

    private static List<String> eventIds(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("eventId").asText()).toList();
    }
}
