package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §4: what was known at a past instant is settled. Once a write's receipt names the
 * instant it was recorded, every read at that knownAt answers the same, however many writes
 * follow, however their transactions interleave and whatever the writing node's clock says.
 */
class PastKnownAtHttpTest extends ReadHttpTestBase {

    static final int WRITERS = 3;
    static final Duration WRITING = Duration.ofSeconds(12);
    static final Duration CATCH_UP = Duration.ofSeconds(30);

    @Test
    void readsAtAPastKnownAtNeverChangeWhileWritesGoOn() throws Exception {
        String a = freshActor();
        String b = freshActor();
        try (ConcurrentWriters writers = ConcurrentWriters.start(http(), a, b, WRITERS, WRITING)) {
            Awaitility.await("the writers are under way").atMost(CATCH_UP).until(() -> writers.count() >= 10);
            Appended receipt = writers.writeOne();
            String knownAt = q(receipt.recordedAt());
            awaitListed(receipt);

            List<String> reads = List.of(
                    "/api/events?pair=" + a + "-" + b + "&asOf=2100-01-01&limit=1000&knownAt=" + knownAt,
                    "/api/stances?actor=" + a + "&asOf=2026-03-31&knownAt=" + knownAt,
                    "/api/timeline?pair=" + a + "-" + b + "&from=2026-01&to=2026-06&asOf=2026-12-31&knownAt=" + knownAt);
            List<String> first = answers(reads);
            JsonNode listed = JSON.readTree(first.get(0)).path("items");
            // The writes committed in one group with the receipt's share its instant, and may follow it in the list.
            assertThat(eventIds(JSON.readTree(first.get(0)))).as("the receipt's event is known then")
                    .contains(receipt.eventId().toString());
            for (JsonNode item : listed) {
                assertThat(Instant.parse(item.path("recordedAt").asText())).as("recorded by the receipt's instant")
                        .isBeforeOrEqualTo(receipt.recordedAt());
            }
            JsonNode last = listed.get(listed.size() - 1);
            assertThat(Instant.parse(last.path("recordedAt").asText())).as("the last known then, recorded with it")
                    .isEqualTo(receipt.recordedAt());

            // From now on the service writes as a node whose clock is a minute late: its messages are made "before"
            // the receipt's instant. What was known then must not change for that either.
            Clock nodeClock = GenericEventMessage.clock;
            GenericEventMessage.clock = Clock.offset(nodeClock, Duration.ofMinutes(-1));
            try {
                int writtenBefore = writers.count();
                Awaitility.await("more writes are acknowledged while the past is read again").atMost(CATCH_UP)
                        .pollInterval(Duration.ofMillis(100))
                        .failFast("an answer at the past knownAt " + receipt.recordedAt() + " changed",
                                () -> !answers(reads).equals(first))
                        .until(() -> writers.count() >= writtenBefore + 15);
                awaitListed(writers.writeOne());
                assertThat(answers(reads)).as("the answers at %s once every later write is read", receipt.recordedAt())
                        .isEqualTo(first);
            } finally {
                GenericEventMessage.clock = nodeClock;
            }
        }
    }

    /** The list is a prefix of the store: once it shows this event, it shows every event before it. */
    private void awaitListed(Appended event) {
        Awaitility.await("event " + event.position() + " is listed").atMost(CATCH_UP).until(() -> eventIds(get(
                "/api/events?after=" + (event.position() - 1) + "&limit=1&asOf=2100-01-01&knownAt="
                        + q(Instant.parse("2100-01-01T00:00:00Z"))).json()).contains(event.eventId().toString()));
    }

    private List<String> answers(List<String> paths) {
        return paths.stream().map(path -> {
            var reply = get(path);
            assertThat(reply.status()).as("GET %s -> %s", path, reply).isEqualTo(200);
            return reply.body();
        }).toList();
    }
}
