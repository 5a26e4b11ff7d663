package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.obj;


/**
 * Clients that follow what is appended while others write: one pages {@code GET /api/events} by
 * {@code after}/{@code next}, one listens to {@code GET /api/stream}. Each must see every
 * acknowledged event once, in position order, however the projection's segments interleave.
 */
class TailingReadHttpTest extends ReadHttpTestBase {

    static final int WRITERS = 3;
    static final Duration WRITING = Duration.ofSeconds(4);
    static final Duration CATCH_UP = Duration.ofSeconds(30);
    /** Far enough ahead that neither axis hides an event written now. */
    static final HttpClient STREAMS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String ANY_TIME = "&asOf=2100-01-01&knownAt=2100-01-01T00:00:00Z";

    @Test
    void aTailingReaderSeesEveryAcknowledgedEventExactlyOnce() throws Exception {
        String a = freshActor();
        String b = freshActor();
        Tail tail = new Tail("/api/events?actor=" + a + "&asOf=2100-01-01&limit=20");
        try (ConcurrentWriters writers = ConcurrentWriters.start(http(), a, b, WRITERS, WRITING)) {
            Awaitility.await("the tailing reader reaches the last acknowledged event").atMost(WRITING.plus(CATCH_UP))
                    .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        tail.readNextPage();
                        return writers.done() && tail.after() != null && tail.after() >= writers.lastPosition();
                    });

            List<Long> acknowledged = writers.acknowledged().stream().map(Appended::position).sorted().toList();
            List<Long> missed = new ArrayList<>(acknowledged);
            missed.removeAll(tail.positions);
            assertThat(missed).as("%d of %d acknowledged events never listed to the tailing reader",
                    missed.size(), acknowledged.size()).isEmpty();
            assertThat(tail.positions).as("each event once, in position order").isEqualTo(acknowledged);
        }
    }

    @Test
    void everyPageSaysWhatAfterToUseNextAndTheLastPageLetsAClientGoOnTailing() {
        String a = freshActor();
        String b = freshActor();
        Appended first = write("/api/calls", call(id("call"), "2026-03-02", a, b));
        Appended second = write("/api/calls", call(id("call"), "2026-03-03", a, b));
        String list = "/api/events?actor=" + a + ANY_TIME;
        Awaitility.await("both calls are listed").atMost(CATCH_UP).until(() -> eventIds(get(list).json()).size() == 2);

        JsonNode full = get(list + "&limit=1").json();
        assertThat(full.path("next").asLong()).as("a full page: its last position").isEqualTo(first.position());
        JsonNode last = get(list + "&limit=10").json();
        assertThat(last.path("next").isIntegralNumber()).as("the last page has a next: %s", last).isTrue();
        long next = last.path("next").asLong();
        assertThat(next).as("never before the last event listed").isGreaterThanOrEqualTo(second.position());
        JsonNode empty = get(list + "&after=" + next).json();
        assertThat(empty.path("items")).isEmpty();
        assertThat(empty.path("next").asLong()).as("an empty page never goes back").isGreaterThanOrEqualTo(next);

        Appended third = write("/api/calls", call(id("call"), "2026-03-04", a, b));
        Awaitility.await("the next call is listed after the last page's next").atMost(CATCH_UP)
                .until(() -> eventIds(get(list + "&after=" + next).json()), ids -> ids.equals(
                        List.of(third.eventId().toString())));
    }

    @Test
    void aKnownAtBeyondTheYear9999ListsWhatIsKnownNow() {
        String a = freshActor();
        String b = freshActor();
        Appended call = write("/api/calls", call(id("call"), "2026-03-02", a, b));
        String list = "/api/events?actor=" + a + ANY_TIME;
        Awaitility.await("the call is listed").atMost(CATCH_UP).until(() -> eventIds(get(list).json()).size() == 1);

        // The store compares recording instants as text, "+10000-…" before "2026-…".
        Reply reply = get("/api/events?actor=" + a + "&asOf=2100-01-01&knownAt=" + q("+10000-01-01T00:00:00Z"));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(eventIds(reply.json())).containsExactly(call.eventId().toString());
    }

    @Test
    void aStreamListenerSeesEveryAcknowledgedEventExactlyOnceAndEachAlreadyListed() throws Exception {
        String a = freshActor();
        String b = freshActor();
        long start = write("/api/actors", obj("code", freshCode(), "name", "Anchor", "kind", "STATE")).position();
        HttpResponse<Stream<String>> stream = STREAMS.send(http().request("/api/stream",
                "Last-Event-ID", Long.toString(start)).GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<Long> streamed = Collections.synchronizedList(new ArrayList<>());
        List<String> notYetListed = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Long> startedAfter = new AtomicReference<>();
        CompletableFuture<Void> listening = CompletableFuture.runAsync(() -> {
            Iterator<String> lines = stream.body().iterator();
            Long id = null;
            boolean connected = false;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).strip());
                } else if (line.equals("event:connected")) {
                    connected = true;
                } else if (line.isEmpty() && connected) {
                    startedAfter.set(id);
                    connected = false;
                    id = null;
                } else if (line.isEmpty() && id != null) {
                    // Once streamed, the event is in the list: a client may read it there at once.
                    JsonNode page = get("/api/events?after=" + (id - 1) + "&limit=1" + ANY_TIME).json();
                    if (page.path("items").size() != 1 || page.path("items").get(0).path("position").asLong() != id) {
                        notYetListed.add(id + ": " + page);
                    }
                    streamed.add(id);
                    id = null;
                }
            }
        });
        try (ConcurrentWriters writers = ConcurrentWriters.start(http(), a, b, WRITERS, WRITING)) {
            Awaitility.await("the stream reaches the last acknowledged event").atMost(WRITING.plus(CATCH_UP))
                    .until(() -> writers.done() && streamed.contains(writers.lastPosition()));

            List<Long> acknowledged = writers.acknowledged().stream().map(Appended::position).sorted().toList();
            assertThat(startedAfter.get()).as("the first event says where the stream starts: after the reader's last")
                    .isEqualTo(start);
            assertThat(notYetListed).as("events streamed before the list showed them").isEmpty();
            assertThat(List.copyOf(streamed)).as("each event once, in position order").isEqualTo(acknowledged);
        } finally {
            // Closing waits for the listener's read to return, at the next heartbeat: let it, but not here.
            CompletableFuture.runAsync(stream.body()::close);
            listening.cancel(true);
        }
    }

    @Test
    void aStreamWithNothingToSendYetAnswersAtOnce() throws Exception {
        long latest = write("/api/actors", obj("code", freshCode(), "name", "Latest", "kind", "STATE")).position();
        HttpResponse<Stream<String>> stream = CompletableFuture.supplyAsync(() -> {
            try {
                return STREAMS.send(http().request("/api/stream", "Last-Event-ID", Long.toString(latest)).GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).as("connected before any event or heartbeat").isEqualTo(200);
        Iterator<String> lines = stream.body().iterator();
        assertThat(List.of(lines.next(), lines.next(), lines.next(), lines.next()))
                .as("its first event says the position it starts after")
                .containsExactly("id:" + latest, "event:connected", "data:{\"after\":" + latest + "}", "");
        CompletableFuture.runAsync(stream.body()::close);
    }

    /** An actor code no other test uses, as {@link #freshActor()} makes them. */
    private static String freshCode() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A client following the event list: each page starts after the previous page's next. */
    private final class Tail {
        final String query;
        final List<Long> positions = new ArrayList<>();
        private Long after;

        Tail(String query) {
            this.query = query;
        }

        Long after() {
            return after;
        }

        void readNextPage() {
            JsonNode page = get(query + (after == null ? "" : "&after=" + after)).json();
            page.path("items").forEach(item -> positions.add(item.path("position").asLong()));
            assertThat(page.path("next").isIntegralNumber()).as("every page says where to go on: %s", page).isTrue();
            after = page.path("next").asLong();
        }
    }
}
