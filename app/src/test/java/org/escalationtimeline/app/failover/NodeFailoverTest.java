package org.escalationtimeline.app.failover;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.escalationtimeline.app.failover.AppendingClients.Acknowledged;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.escalationtimeline.app.support.PostgresTestDatabase;
import org.escalationtimeline.app.support.ServiceProcess;
import org.escalationtimeline.query.projection.Generations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the service on one fresh PostgreSQL database, clients appending on both, and one node lost under load:
 * killed ({@code kill -9}), or frozen ({@code kill -STOP}) for 90 s. Every acknowledged write is in the store and in
 * the survivor's event list, the survivor takes the lost node's segments over within 30 s, its reads answer byte for
 * byte what a rebuild by the survivor alone answers, and the node started again (or resumed) takes its share of the
 * segments back and answers alike.
 * <p>
 * One trial of each by default; {@code -Dfailover.trials=5} runs five, as BENCHMARKS.md reports. Each trial prints
 * its figures (acknowledged, lost, seconds to take over) to the test's output.
 */
class NodeFailoverTest {

    private static final String TOKEN = "failover-token";
    private static final int TRIALS = Integer.getInteger("failover.trials", 1);
    private static final int WRITES = 300;
    private static final int CLIENTS = 4;
    /** Low, so that a trial is short; the default is 10 s. */
    private static final String CLAIM_TIMEOUT = "5s";
    private static final Duration TAKEOVER = Duration.ofSeconds(30);
    private static final Duration FREEZE = Duration.ofSeconds(90);
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String AS_OF = "asOf=2026-12-31";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDirs;

    /** What one trial measured; the last figure is NaN until the lost node is back. */
    record Figures(int trial, String loss, int acknowledged, int retried, int lostInStore, int lostInReads,
                   double takeoverSeconds, double rejoinSeconds) {

        Figures rejoinedIn(double seconds) {
            return new Figures(trial, loss, acknowledged, retried, lostInStore, lostInReads, takeoverSeconds, seconds);
        }

        @Override
        public String toString() {
            return "failover %s trial %d: acknowledged %d (%d sent again to the other node), lost %d in the store and %d "
                           .formatted(loss, trial, acknowledged, retried, lostInStore, lostInReads)
                   + "in the survivor's reads, segments taken over in %.1f s, ".formatted(takeoverSeconds)
                   + (Double.isNaN(rejoinSeconds) ? "the node not back yet"
                           : "shared again %.1f s after the node was back".formatted(rejoinSeconds));
        }
    }

    /** How the survivor came through: what it acknowledged, and its reads at {@code knownAt}. */
    private record Survived(Figures figures, List<Acknowledged> acknowledged, long lostAt, String knownAt,
                            List<String> reads) {
    }

    @Test
    void aNodeKilledUnderLoadLosesNoAcknowledgedWriteAndTheSurvivorTakesOverThenSharesAgain() throws Exception {
        runTrials(this::killTrial);
    }

    @Test
    void aNodeFrozenFor90sHoldsNothingUpAndCatchesUpWhenResumed() throws Exception {
        runTrials(this::freezeTrial);
    }

    private interface Trial {
        Figures run(int trial) throws Exception;
    }

    /** {@link #TRIALS} trials, each on a new database and new nodes, and a table of their figures. */
    private static void runTrials(Trial trial) throws Exception {
        List<Figures> figures = new ArrayList<>();
        for (int n = 1; n <= TRIALS; n++) {
            figures.add(trial.run(n));
        }
        System.out.println("| loss | trial | acknowledged | sent again | lost | takeover s | shared again s |");
        for (Figures f : figures) {
            System.out.printf("| %s | %d | %d | %d | %d | %.1f | %.1f |%n", f.loss(), f.trial(), f.acknowledged(),
                    f.retried(), f.lostInStore() + f.lostInReads(), f.takeoverSeconds(), f.rejoinSeconds());
        }
    }

    private Figures killTrial(int trial) throws Exception {
        try (Cluster cluster = Cluster.start(dataDirs.resolve("kill-" + trial))) {
            Survived survived = loseNodeUnderLoad(cluster, "kill -9", "kill-" + trial, trial,
                    () -> assertThat(cluster.b.kill()).isEqualTo(137));

            cluster.b = cluster.b.startAgain();
            double rejoin = cluster.awaitSegmentsShared(System.nanoTime());
            await().atMost(PATIENCE).until(() -> reads(cluster.b, survived.knownAt()).equals(survived.reads()));
            Figures figures = survived.figures().rejoinedIn(rejoin);
            System.out.println(figures);
            return figures;
        }
    }

    private Figures freezeTrial(int trial) throws Exception {
        try (Cluster cluster = Cluster.start(dataDirs.resolve("freeze-" + trial))) {
            ServiceProcess survivor = cluster.a;
            Survived survived = loseNodeUnderLoad(cluster, "kill -STOP", "freeze-" + trial, trial, cluster.b::freeze);

            // The rest of the freeze: the survivor answers reads throughout.
            Duration left = FREEZE.minusNanos(System.nanoTime() - survived.lostAt());
            if (!left.isNegative()) {
                HttpTestClient http = new HttpTestClient(survivor.port(), TOKEN);
                await().during(left).atMost(left.plus(PATIENCE))
                        .until(() -> http.get("/api/events?limit=1").status() == 200);
            }
            cluster.b.resume();
            double rejoin = cluster.awaitSegmentsShared(System.nanoTime());
            await().atMost(PATIENCE).until(() -> reads(cluster.b, survived.knownAt()).equals(survived.reads()));
            String now = Instant.now().toString();
            await().atMost(PATIENCE).until(() -> reads(cluster.b, now).equals(reads(survivor, now)));
            // What the resumed node still had under way added nothing and took nothing away.
            cluster.assertEveryWriteAppendedOnce("freeze-" + trial);
            assertThat(cluster.missingFromStore(survived.acknowledged())).isZero();
            Figures figures = survived.figures().rejoinedIn(rejoin);
            System.out.println(figures);
            return figures;
        }
    }

    /**
     * Clients append on both nodes; a third of the way through, node b is lost. Node a takes every segment over
     * within 30 s, every acknowledged write is in the store and in its event list, each exactly once, and its reads
     * are byte for byte what its own rebuild of the read model answers.
     */
    private static Survived loseNodeUnderLoad(Cluster cluster, String loss, String prefix, int trial, Runnable lose)
            throws Exception {
        ServiceProcess survivor = cluster.a;
        try (AppendingClients load = AppendingClients.start(List.of(cluster.a.port(), cluster.b.port()), TOKEN,
                prefix, CLIENTS, WRITES)) {
            await().atMost(PATIENCE).until(() -> load.acknowledgedSoFar() >= WRITES / 3);
            lose.run();
            long lostAt = System.nanoTime();
            double takeover = cluster.awaitAllSegmentsOwnedBy(survivor, lostAt);

            List<Acknowledged> acknowledged = load.awaitAll(PATIENCE);
            int lostInStore = cluster.missingFromStore(acknowledged);
            int lostInReads = missingFromReads(survivor, acknowledged);
            Figures figures = new Figures(trial, loss, acknowledged.size(), load.retried(), lostInStore, lostInReads,
                    takeover, Double.NaN);
            System.out.println(figures);
            assertThat(lostInStore).as("acknowledged writes missing from the store").isZero();
            assertThat(lostInReads).as("acknowledged writes missing from the survivor's event list").isZero();
            cluster.assertEveryWriteAppendedOnce(prefix);

            String knownAt = Instant.now().toString();
            List<String> before = reads(survivor, knownAt);
            rebuild(survivor);
            assertThat(reads(survivor, knownAt)).as("the survivor's reads against its rebuild, byte for byte")
                    .isEqualTo(before);
            return new Survived(figures, acknowledged, lostAt, knownAt, before);
        }
    }

    /** Acknowledged events that the node's event list, paged by {@code after}/{@code next}, does not show in time. */
    private static int missingFromReads(ServiceProcess node, List<Acknowledged> acknowledged) {
        Set<String> wanted = acknowledged.stream().map(Acknowledged::eventId).collect(Collectors.toSet());
        Set<String> listed = new HashSet<>();
        try {
            await().atMost(PATIENCE).until(() -> {
                listed.clear();
                listed.addAll(listedEventIds(node));
                return listed.containsAll(wanted);
            });
        } catch (org.awaitility.core.ConditionTimeoutException timedOut) {
            // Counted below.
        }
        wanted.removeAll(listed);
        return wanted.size();
    }

    private static List<String> listedEventIds(ServiceProcess node) {
        List<String> ids = new ArrayList<>();
        for (String page : eventPages(node, Instant.now().toString())) {
            for (JsonNode item : new Reply(200, null, page).json().path("items")) {
                ids.add(item.path("eventId").asText());
            }
        }
        return ids;
    }

    /** Every page of the event list, as text, following {@code next} until a page is empty. */
    private static List<String> eventPages(ServiceProcess node, String knownAt) {
        HttpTestClient http = new HttpTestClient(node.port(), TOKEN);
        List<String> pages = new ArrayList<>();
        String after = "";
        while (true) {
            Reply page = http.get("/api/events?limit=100&" + AS_OF + "&knownAt=" + knownAt + after);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page.body());
            JsonNode json = page.json();
            if (json.path("items").isEmpty()) {
                return pages;
            }
            after = "&after=" + json.path("next").asText();
        }
    }

    /** The event list page by page, the stances and two pairs' timelines, at one cutoff. */
    private static List<String> reads(ServiceProcess node, String knownAt) {
        HttpTestClient http = new HttpTestClient(node.port(), TOKEN);
        List<String> bodies = new ArrayList<>(eventPages(node, knownAt));
        for (String path : List.of("/api/stances?asOf=2026-02-28", "/api/timeline?pair=CHN-JPN&asOf=2026-03-31",
                "/api/timeline?pair=JPN-USA&asOf=2026-03-31&granularity=QUARTER", "/api/actors?x=1")) {
            Reply reply = http.get(path + "&knownAt=" + knownAt);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
            bodies.add(reply.body());
        }
        return bodies;
    }

    /** Rebuilds the read model on {@code node} and waits until reads have switched to the rebuilt generation. */
    private static void rebuild(ServiceProcess node) {
        HttpTestClient http = new HttpTestClient(node.port(), TOKEN);
        Reply started = http.post("/api/admin/replay", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        int generation = started.json().path("generation").asInt();
        await().atMost(PATIENCE).until(() -> {
            JsonNode progress = http.get("/api/admin/replay", "Authorization", "Bearer " + TOKEN).json();
            return progress.path("status").asText().equals("IDLE")
                   && progress.path("liveGeneration").asInt() == generation;
        });
    }

    /** Two nodes on one new database; node a loads the bundled data set. */
    private static final class Cluster implements AutoCloseable {

        final PostgresTestDatabase db;
        final HikariDataSource pool;
        final JdbcTemplate jdbc;
        final ServiceProcess a;
        ServiceProcess b;

        private Cluster(PostgresTestDatabase db, ServiceProcess a, ServiceProcess b) {
            this.db = db;
            this.pool = db.newDataSource();
            this.jdbc = new JdbcTemplate(pool);
            this.a = a;
            this.b = b;
        }

        static Cluster start(Path dirs) {
            PostgresTestDatabase db = PostgresTestDatabase.create();
            Map<String, String> node = new HashMap<>(Map.of("spring.profiles.active", "postgres",
                    "spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(), "timeline.api-token", TOKEN,
                    "timeline.read-model.claim-timeout", CLAIM_TIMEOUT, "timeline.read-model.reconcile-ms", "500"));
            Map<String, String> loading = new HashMap<>(node);
            loading.put("timeline.dataset.load", "true");
            // Started side by side: a start takes most of a trial's time on a busy machine.
            CompletableFuture<ServiceProcess> b = CompletableFuture.supplyAsync(
                    () -> ServiceProcess.start(dirs.resolve("b"), node));
            ServiceProcess a;
            try {
                a = ServiceProcess.start(dirs.resolve("a"), loading);
            } catch (RuntimeException e) {
                b.thenAccept(ServiceProcess::close);
                throw e;
            }
            Cluster cluster = new Cluster(db, a, b.join());
            try {
                HttpTestClient http = new HttpTestClient(a.port(), TOKEN);
                await().atMost(PATIENCE).until(() -> http.get("/api/events?limit=1000&" + AS_OF).json()
                        .path("items").size() >= 76);
                cluster.awaitSegmentsShared(System.nanoTime());
                return cluster;
            } catch (RuntimeException | Error e) {
                cluster.close();
                throw e;
            }
        }

        /** The live generation's segments and their owners ({@code pid@host}, null for none). */
        Map<Integer, String> owners() {
            Integer live = jdbc.queryForObject("SELECT live_generation FROM read_model WHERE id = 1", Integer.class);
            Map<Integer, String> owners = new HashMap<>();
            jdbc.query("SELECT segment, owner FROM token_entry WHERE processor_name = ?",
                    rs -> {
                        owners.put(rs.getInt(1), rs.getString(2));
                    }, Generations.of(live).processingGroup());
            return owners;
        }

        /** Seconds from {@code since} until {@code node} owns every segment; at most {@link #TAKEOVER}. */
        double awaitAllSegmentsOwnedBy(ServiceProcess node, long since) {
            String owner = node.pid() + "@";
            Function<Map<Integer, String>, Boolean> all = owners -> !owners.isEmpty()
                    && owners.values().stream().allMatch(o -> o != null && o.startsWith(owner));
            await("node " + node.pid() + " takes every segment over")
                    .atMost(TAKEOVER.minusNanos(System.nanoTime() - since)).pollInterval(Duration.ofMillis(100))
                    .until(() -> all.apply(owners()));
            return (System.nanoTime() - since) / 1e9;
        }

        /** Seconds from {@code since} until both nodes own segments, each its even share. */
        double awaitSegmentsShared(long since) {
            String ofA = a.pid() + "@";
            String ofB = b.pid() + "@";
            await("both nodes own segments").atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
                Map<Integer, String> owners = owners();
                long byA = owners.values().stream().filter(o -> o != null && o.startsWith(ofA)).count();
                long byB = owners.values().stream().filter(o -> o != null && o.startsWith(ofB)).count();
                return byA > 0 && byB > 0 && byA + byB == owners.size();
            });
            return (System.nanoTime() - since) / 1e9;
        }

        /**
         * Acknowledged events the event store does not hold at the position their receipt names. A development's
         * event id is in its payload (Axon's message identifier is another).
         */
        int missingFromStore(List<Acknowledged> acknowledged) {
            Map<Long, String> stored = new HashMap<>();
            jdbc.query("SELECT global_index, aggregate_identifier, "
                       + "convert_from(payload, 'UTF8')::jsonb -> 'development' ->> 'eventId' FROM domain_event_entry",
                    rs -> {
                        stored.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
                    });
            return (int) acknowledged.stream()
                    .filter(ack -> !(ack.developmentId() + " " + ack.eventId()).equals(stored.get(ack.position())))
                    .count();
        }

        /**
         * Each write became one development, appended once: one sent again to another node was answered from the
         * first node's record of it, or appended there alone.
         */
        void assertEveryWriteAppendedOnce(String prefix) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
                    Integer.class, prefix + "-%")).as("events of the developments written").isEqualTo(WRITES);
        }

        @Override
        public void close() {
            if (b != null) {
                b.close();
            }
            a.close();
            pool.close();
        }
    }
}
