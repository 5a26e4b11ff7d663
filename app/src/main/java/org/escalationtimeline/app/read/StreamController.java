package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.escalationtimeline.query.read.ProjectedPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * GET /api/stream: every event as it is appended, as Server-Sent Events whose id is the event's
 * global position. A client that reconnects with {@code Last-Event-ID} (or {@code ?after=}) first
 * gets what it missed, then goes on live; one that gives neither starts after what the event list
 * shows. It reads the event log itself, which is complete and in order on every node (positions
 * are handed out in commit order, so nothing below the last id can still appear), and sends an
 * event only once the event list shows it (the projected prefix, query/read/ProjectedPositions): a
 * client that is told of position N and reads the list finds N there, and every event before it.
 */
@RestController
@ReadSide
public class StreamController {

    static final int MAX_STREAMS = 64;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration CONNECTION = Duration.ofMinutes(30);
    /** How often a held event looks again whether the projection has reached it. */
    private static final long PROJECTION_CHECK_MILLIS = 25;
    private static final Logger LOG = LoggerFactory.getLogger(StreamController.class);

    private final EventStore events;
    private final ObjectMapper json;
    private final ProjectedPositions projected;
    private final Semaphore slots = new Semaphore(MAX_STREAMS);
    private final ExecutorService senders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-stream");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    StreamController(EventStore events, ObjectMapper json, ProjectedPositions projected) {
        this.events = events;
        this.json = json;
        this.projected = projected;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) String after) {
        Long position = ReadParameters.position(lastEventId != null ? "Last-Event-ID" : "after",
                lastEventId != null ? lastEventId.strip() : after);
        if (!slots.tryAcquire()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "this node serves " + MAX_STREAMS + " streams at most; try another node or later");
        }
        TrackingToken start = GapAwareTrackingToken.newInstance(position != null ? position : projected.watermark(),
                Set.of());
        SseEmitter emitter = new SseEmitter(CONNECTION.toMillis());
        senders.submit(() -> send(events.openStream(start), emitter));
        return emitter;
    }

    private void send(BlockingStream<TrackedEventMessage<?>> stream, SseEmitter emitter) {
        try (stream) {
            // Commits the response: the client knows at once that it is connected, not at the first event or heartbeat.
            emitter.send(SseEmitter.event().comment("connected"));
            long quietSince = System.nanoTime();
            long until = System.nanoTime() + CONNECTION.toNanos();
            TrackedEventMessage<?> held = null;
            while (!closing && System.nanoTime() < until) {
                if (held == null && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    held = stream.nextAvailable();
                }
                if (held != null) {
                    long position = held.trackingToken().position().orElseThrow();
                    if (projected.watermark() >= position) {
                        emitter.send(SseEmitter.event().id(Long.toString(position))
                                .name(held.getPayloadType().getSimpleName()).data(data(held, position),
                                        MediaType.APPLICATION_JSON));
                        held = null;
                        quietSince = System.nanoTime();
                        continue;
                    }
                    // The event list does not show it yet: neither may the stream.
                    Thread.sleep(PROJECTION_CHECK_MILLIS);
                }
                if (System.nanoTime() - quietSince > HEARTBEAT.toNanos()) {
                    // A comment line keeps proxies from closing a quiet connection.
                    emitter.send(SseEmitter.event().comment("still here"));
                    quietSince = System.nanoTime();
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            // The client went away: nothing to answer.
            LOG.debug("Event stream closed: {}", gone.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            slots.release();
        }
    }

    private ObjectNode data(TrackedEventMessage<?> event, long position) {
        ObjectNode data = json.createObjectNode();
        data.put("position", position);
        data.put("type", event.getPayloadType().getSimpleName());
        data.put("recordedAt", event.getTimestamp().toString());
        if (event instanceof DomainEventMessage<?> domain) {
            data.put("aggregateId", domain.getAggregateIdentifier());
            data.put("sequence", domain.getSequenceNumber());
        }
        data.set("event", json.valueToTree(event.getPayload()));
        return data;
    }

    @PreDestroy
    void close() {
        closing = true;
        senders.shutdownNow();
    }
}
