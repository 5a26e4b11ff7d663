package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;

/**
 * A create sent again with the same id and body is answered as the first time and appends
 * nothing; with another body it is a 409. An {@code Idempotency-Key} does the same for any write.
 * "Nothing appended" is proved by positions: the next write lands exactly one after the last.
 */
class IdempotencyHttpTest extends WriteHttpTestBase {

    @Test
    void theSameCreateAgainIsAnsweredAsTheFirstTimeAndAppendsNothing() {
        String id = id("measure");
        Reply first = post("/api/measures", measure(id));
        Appended created = assertWritten(first, id, "MeasureAnnounced", 0, "/api/measures/" + id);

        Reply again = post("/api/measures", measure(id));
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo("\"0\"");

        Reply next = post("/api/measures/" + id + "/tighten", development("2026-01-20", "China widens the ban"));
        Appended tightened = assertWritten(next, id, "MeasureTightened", 1, null);
        assertThat(tightened.position()).as("nothing was appended by the repeat").isEqualTo(created.position() + 1);
    }

    @Test
    void registeringTheSameActorAgainIsA200() {
        String code = unregisteredCode();
        ObjectNode body = actorBody(code, "Elsewhere", "BLOC");
        Reply first = post("/api/actors", body);
        Appended registered = assertWritten(first, code, "ActorRegistered", 0, "/api/actors/" + code);

        Reply again = post("/api/actors", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());

        Appended next = announceMeasure(id("measure"));
        assertThat(next.position()).isEqualTo(registered.position() + 1);
    }

    @Test
    void theSameIdWithAnotherBodyIsAConflict() {
        String id = id("measure");
        Appended created = announceMeasure(id);

        Reply other = post("/api/measures", measure(id).put("summary", "Another account of the ban"));
        JsonNode problem = assertRuleBroken(other, 409, "id-already-used");
        assertThat(problem.path("detail").asText()).contains(id);

        Reply threat = post("/api/measures/threats", measure(id));
        assertRuleBroken(threat, 409, "id-already-used");

        Appended next = announceMeasure(id("measure"));
        assertThat(next.position()).as("the refused creates appended nothing").isEqualTo(created.position() + 1);
    }

    @Test
    void anActorCodeRegisteredWithAnotherBodyIsAConflict() {
        String code = unregisteredCode();
        create("/api/actors", actorBody(code, "Elsewhere", "STATE"));
        assertRuleBroken(post("/api/actors", actorBody(code, "Elsewhere Again", "STATE")), 409, "id-already-used");
    }

    @Test
    void anIdempotencyKeyMakesALifecycleWriteIdempotent() {
        String id = id("measure");
        announceMeasure(id);
        String key = "tighten-" + id;
        ObjectNode body = development("2026-01-20", "China widens the ban").set("items", arr("gallium"));

        Reply first = post("/api/measures/" + id + "/tighten", body, "Idempotency-Key", key);
        Appended tightened = assertWritten(first, id, "MeasureTightened", 1, null);

        Reply again = post("/api/measures/" + id + "/tighten", body, "Idempotency-Key", key);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo("\"1\"");

        Reply next = post("/api/measures/" + id + "/lift", development("2026-02-01", "China lifts the ban"));
        Appended lifted = assertWritten(next, id, "MeasureLifted", 2, null);
        assertThat(lifted.position()).as("nothing was appended by the repeat").isEqualTo(tightened.position() + 1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherBodyIsUnprocessable() {
        String id = id("measure");
        announceMeasure(id);
        String key = "key-" + id;
        ObjectNode body = development("2026-01-21", "China widens the ban");
        Reply keyed = post("/api/measures/" + id + "/tighten", body, "Idempotency-Key", key);
        Appended tightened = assertWritten(keyed, id, "MeasureTightened", 1, null);

        Reply reused = post("/api/measures/" + id + "/tighten", development("2026-01-22", "Something else"),
                "Idempotency-Key", key);
        assertRuleBroken(reused, 422, "idempotency-key-reused");

        String other = id("measure");
        Appended otherCreated = announceMeasure(other);
        assertThat(otherCreated.position()).as("the refused write appended nothing")
                .isEqualTo(tightened.position() + 1);

        // The same key and body sent to another aggregate is another request.
        Reply elsewhere = post("/api/measures/" + other + "/tighten", body, "Idempotency-Key", key);
        assertRuleBroken(elsewhere, 422, "idempotency-key-reused");

        Appended next = announceMeasure(id("measure"));
        assertThat(next.position()).as("the refused write appended nothing").isEqualTo(otherCreated.position() + 1);
    }

    @Test
    void anIdempotencyKeyMakesACreateWithoutIdIdempotent() {
        ObjectNode body = measure("unused");
        body.remove("id");
        String key = "create-" + id("k");
        Reply first = post("/api/measures", body, "Idempotency-Key", key);
        Appended created = assertWritten(first, null, "MeasureAnnounced", 0, null);
        assertThat(first.header("Location")).endsWith("/api/measures/" + created.id());

        Reply again = post("/api/measures", body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void aCreateWithoutIdGetsAnIdTheServerMade() {
        ObjectNode body = measure("unused");
        body.remove("id");
        Reply reply = post("/api/measures", body);
        Appended created = assertWritten(reply, null, "MeasureAnnounced", 0, null);
        assertThat(created.id()).matches("measure-[a-z0-9]+").matches("^[a-z0-9][a-z0-9-]{2,63}$");
        assertThat(reply.header("Location")).endsWith("/api/measures/" + created.id());

        // Without an id the same body again is a new measure.
        Reply again = post("/api/measures", body);
        Appended second = assertWritten(again, null, "MeasureAnnounced", 0, null);
        assertThat(second.id()).isNotEqualTo(created.id());

        // The made-up id is a real one: the measure can be written to.
        assertWritten(post("/api/measures/" + created.id() + "/lift", development("2026-03-01", "Lifted")),
                created.id(), "MeasureLifted", 1, null);
    }

    @Test
    void everyCreateWithoutIdGetsTheIdPrefixOfItsKind() {
        ObjectNode statement = statement("unused");
        statement.remove("id");
        assertThat(create("/api/statements", statement).id()).startsWith("statement-");
        ObjectNode call = call("unused");
        call.remove("id");
        assertThat(create("/api/calls", call).id()).startsWith("call-");
        ObjectNode incident = incident("unused");
        incident.remove("id");
        assertThat(create("/api/incidents", incident).id()).startsWith("incident-");
    }

    @Test
    void theSameCreateSentConcurrentlyIsAppendedOnce() throws Exception {
        String id = id("measure");
        List<Reply> replies = concurrently(8, () -> post("/api/measures", measure(id)));

        assertThat(replies).extracting(Reply::status).as("%s", replies).containsOnly(200, 201);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        JsonNode answer = replies.get(0).json();
        assertThat(replies).allSatisfy(reply -> assertThat(reply.json()).isEqualTo(answer));

        // One event for eight requests: the next write is version 1. (Positions are not counted here: a
        // concurrent attempt that lost the race and rolled back may have used up an identity value.)
        assertWritten(post("/api/measures/" + id + "/lift", development("2026-02-01", "Lifted")), id,
                "MeasureLifted", 1, null);
    }

    @Test
    void theSameKeyedWriteSentConcurrentlyIsAppendedOnce() throws Exception {
        String id = id("measure");
        Appended created = announceMeasure(id);
        ObjectNode body = development("2026-01-20", "China widens the ban");
        List<Reply> replies = concurrently(6, () -> post("/api/measures/" + id + "/tighten", body,
                "Idempotency-Key", "concurrent-" + id));

        assertThat(replies).extracting(Reply::status).as("%s", replies).containsOnly(200, 201);
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        JsonNode answer = replies.get(0).json();
        assertThat(replies).allSatisfy(reply -> assertThat(reply.json()).isEqualTo(answer));
        assertThat(answer.path("events").path(0).path("position").asLong()).isGreaterThan(created.position());

        // One event for six requests: the next write is version 2.
        assertWritten(post("/api/measures/" + id + "/lift", development("2026-02-01", "Lifted")), id,
                "MeasureLifted", 2, null);
    }

    @Test
    void concurrentWritesToOneAggregateEachGetTheirOwnVersion() throws Exception {
        String id = id("measure");
        announceMeasure(id);
        AtomicInteger day = new AtomicInteger(10);
        List<Reply> replies = concurrently(6, () -> post("/api/measures/" + id + "/tighten",
                development("2026-01-" + day.getAndIncrement(), "China widens the ban")));
        // Either accepted, or refused as a concurrent write; never a server error.
        assertThat(replies).extracting(Reply::status).as("%s", replies).containsAnyOf(201).isSubsetOf(201, 409, 422);
        List<String> versions = replies.stream().filter(reply -> reply.status() == 201)
                .map(reply -> reply.header("ETag")).toList();
        assertThat(versions).as("each accepted write is a version of its own").doesNotHaveDuplicates();
    }

    private static List<Reply> concurrently(int requests, Callable<Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMalformedIdempotencyKeyIsABadRequest() {
        String id = id("measure");
        announceMeasure(id);
        Reply reply = post("/api/measures/" + id + "/tighten", development("2026-01-20", "China widens the ban"),
                "Idempotency-Key", "k".repeat(256));
        assertBadField(reply, "Idempotency-Key");
    }
}
