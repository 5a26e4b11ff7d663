package org.escalationtimeline.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Another node's rebuild holds the read model while its lease holds, and no longer once the lease has run out:
 * that node died, and its rebuild is abandoned for the next one.
 */
class RebuildLeaseTest extends LoadedServiceTestBase {

    private static final String DEAD_NODE = "a-node-that-died:/srv/timeline/data";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayWaitsForAnotherNodesLiveLeaseAndTakesTheReadModelOnceItHasRunOut() throws Exception {
        awaitDataSet();
        await().atMost(Duration.ofSeconds(60)).until(() -> json(admin("GET")).path("status").asText().equals("IDLE"));
        int live = json(admin("GET")).path("liveGeneration").asInt();

        leaveResetting(live, Instant.now().plus(Duration.ofHours(1)));
        HttpResponse<String> refused = admin("POST");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("rule").asText()).isEqualTo("one-rebuild-at-a-time");
        JsonNode held = json(admin("GET"));
        assertThat(held.path("status").asText()).isEqualTo("RESETTING");
        assertThat(held.path("leaseOwner").asText()).isEqualTo(DEAD_NODE);

        leaveResetting(live, Instant.now().minusSeconds(1));
        HttpResponse<String> accepted = admin("POST");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode started = json(accepted);
        assertThat(started.path("leaseOwner").asText()).isNotEqualTo(DEAD_NODE);
        int rebuilt = started.path("generation").asInt();
        Instant startedAt = Instant.parse(started.path("startedAt").asText());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> RebuildProgress.switchedTo(json(admin("GET")), rebuilt, startedAt));
    }

    /** What a node that died while it reset the other generation leaves behind. */
    private void leaveResetting(int live, Instant leaseUntil) {
        jdbc.update("UPDATE read_model SET rebuild_phase = 'RESETTING', rebuild_generation = ?, rebuild_started_ms = ?, "
                        + "rebuild_finished_ms = NULL, rebuild_owner = ?, rebuild_lease_until_ms = ? WHERE id = 1",
                live == 1 ? 2 : 1, Instant.now().toEpochMilli(), DEAD_NODE, leaseUntil.toEpochMilli());
    }
}
