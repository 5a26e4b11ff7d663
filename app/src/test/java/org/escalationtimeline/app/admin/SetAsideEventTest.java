package org.escalationtimeline.app.admin;

import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded H2 store; and a rebuild, which starts its generation's dead letters afresh. */
class SetAsideEventTest extends SetAsideEventTestBase {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("timeline.data-dir", () -> "target/test-data/set-aside-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * Two rebuilds: the second refills the generation the event was first set aside in, and its old dead letter goes
     * with the old rows (else the event would queue behind its own earlier failure, twice over).
     */
    @Test
    void aRebuildSetsTheEventAsideOnceInTheGenerationItFills() {
        String unprojectable = appendUnprojectable();
        await().atMost(Duration.ofSeconds(30)).until(() -> setAside(unprojectable).size() == 1);
        for (int rebuild = 0; rebuild < 2; rebuild++) {
            Reply started = http().post("/api/admin/replay", "");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            int generation = started.json().path("generation").asInt();
            Instant startedAt = Instant.parse(started.json().path("startedAt").asText());
            await().atMost(Duration.ofSeconds(60)).until(() -> RebuildProgress.switchedTo(
                    http().get("/api/admin/replay", "Authorization", "Bearer " + TOKEN).json(), generation, startedAt));
            assertThat(setAside(unprojectable)).as("after rebuild %d", rebuild + 1).hasSize(1);
        }
    }
}
