package org.escalationtimeline.app.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.escalationtimeline.app.http.Busy;
import org.escalationtimeline.query.read.ProjectedPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * shows. Either way its first event, {@code connected}, names the position it starts after. It reads the event log itself, which is complete and in order on every node (positions
 * are handed out in commit order, so nothing below the last id can still appear), and sends an
 * event only once the event list shows it (the projected prefix, query/read/ProjectedPositions): a
 * client that is told of position N and reads the list finds N there, and every event before it.
 * <p>
 * Bounded ({@code timeline.stream.*}): at most {@code max-clients} streams at once, one more is a 503; each client
 * has a buffer of {@code buffer} events, filled from the log only as the client takes them, and one whose buffer
 * stays full for {@code stall-timeout} is dropped. Written with the servlet's non-blocking output rather than Spring's
 * SseEmitter: SseEmitter's send blocks its thread on a client that does not read, until the container's write
 * timeout, so neither a full buffer nor the drop could be seen; here no thread waits on a client's socket.
 */
@RestController
@ReadSide
public class StreamController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration CONNECTION = Duration.ofMinutes(30);
    /** How long a client turned away for the cap is asked to wait: streams last minutes. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** How often a held event looks again whether the projection has reached it. */
    private static final long PROJECTION_CHECK_MILLIS = 25;
    private static final byte[] STILL_HERE = ":still here\n\n".getBytes(StandardCharsets.UTF_8);
    private static final Logger LOG = LoggerFactory.getLogger(StreamController.class);

    private final EventStore events;
    private final ObjectMapper json;
    private final ProjectedPositions projected;
    private final StreamLimits limits;
    private final Semaphore slots;
    private final ExecutorService feeders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-stream");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    StreamController(EventStore events, ObjectMapper json, ProjectedPositions projected, StreamLimits limits,
                     MeterRegistry meters) {
        this.events = events;
        this.json = json;
        this.projected = projected;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxClients());
        Gauge.builder("timeline.stream.clients", slots, free -> limits.maxClients() - free.availablePermits())
                .description("Clients of /api/stream this node serves now (at most timeline.stream.max-clients)")
                .register(meters);
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                @RequestParam(required = false) String after,
                HttpServletRequest request, HttpServletResponse response) {
        Long position = ReadParameters.position(lastEventId != null ? "Last-Event-ID" : "after",
                lastEventId != null ? lastEventId.strip() : after);
        long startsAfter = position != null ? position : projected.watermark();
        TrackingToken start = GapAwareTrackingToken.newInstance(startsAfter, Set.of());
        if (!slots.tryAcquire()) {
            throw new Busy("this node serves " + limits.maxClients()
                    + " streams at most (timeline.stream.max-clients); try another node or again later", RETRY_AFTER);
        }
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // A stream is the last answer on its connection: once it ends, dropped or not, the connection closes.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        try {
            // Commits the response: the client knows at once that it is connected, not at the first event or heartbeat.
            response.getOutputStream().write(connected(startsAfter));
            response.flushBuffer();
        } catch (IOException gone) {
            slots.release();
            LOG.debug("Event stream closed before it started: {}", gone.getMessage());
            return;
        }
        AsyncContext async = request.startAsync();
        try {
            async.setTimeout(CONNECTION.plusMinutes(1).toMillis());
            StreamClient client = new StreamClient(async, response.getOutputStream(), limits.buffer(),
                    limits.stallTimeout());
            feeders.submit(() -> feed(start, client));
        } catch (IOException | RuntimeException e) {
            // No feeder took the client (the node is shutting down): it ends here.
            slots.release();
            async.complete();
            LOG.debug("Event stream not started: {}", e.toString());
        }
    }

    /**
     * The stream's first event, {@code connected}, says the position it starts after, as its id too: a browser whose
     * connection drops before any event came resumes after it (Last-Event-ID), and a page that reads its views once
     * it is connected knows that whatever they miss comes on the stream. Nothing to resume after in an empty store.
     */
    private static byte[] connected(long after) {
        String frame = after < 0 ? "event:connected\ndata:{\"after\":null}\n\n"
                : "id:" + after + "\nevent:connected\ndata:{\"after\":" + after + "}\n\n";
        return frame.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the log from {@code start} into the client's buffer, as fast as the client takes it; then ends it. */
    private void feed(TrackingToken start, StreamClient client) {
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(start)) {
            long quietSince = System.nanoTime();
            long until = System.nanoTime() + CONNECTION.toNanos();
            TrackedEventMessage<?> held = null;
            while (!closing && client.open() && System.nanoTime() < until) {
                if (held == null && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    held = stream.nextAvailable();
                }
                if (held != null) {
                    long position = held.trackingToken().position().orElseThrow();
                    if (projected.watermark() >= position) {
                        if (!client.offer(frame(held, position))) {
                            return;
                        }
                        held = null;
                        quietSince = System.nanoTime();
                        continue;
                    }
                    // The event list does not show it yet: neither may the stream.
                    Thread.sleep(PROJECTION_CHECK_MILLIS);
                }
                if (System.nanoTime() - quietSince > HEARTBEAT.toNanos()) {
                    // A comment line keeps proxies from closing a quiet connection.
                    if (!client.offer(STILL_HERE)) {
                        return;
                    }
                    quietSince = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("An event stream failed: {}", e.toString());
        } finally {
            client.end();
            slots.release();
        }
    }

    private byte[] frame(TrackedEventMessage<?> event, long position) {
        ObjectNode data = json.createObjectNode();
        data.put("position", position);
        data.put("type", event.getPayloadType().getSimpleName());
        data.put("recordedAt", event.getTimestamp().toString());
        if (event instanceof DomainEventMessage<?> domain) {
            data.put("aggregateId", domain.getAggregateIdentifier());
            data.put("sequence", domain.getSequenceNumber());
        }
        data.set("event", json.valueToTree(event.getPayload()));
        try {
            // Jackson writes no line breaks outside strings and escapes those inside: the data is one line.
            return ("id:" + position + "\nevent:" + event.getPayloadType().getSimpleName() + "\ndata:"
                    + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + position + " as JSON", e);
        }
    }

    /**
     * At the start of shutdown, before the web server's graceful stop waits for open requests: a stream would hold it
     * for its whole timeout. Clients reconnect elsewhere with their Last-Event-ID.
     */
    @EventListener(ContextClosedEvent.class)
    @PreDestroy
    void close() {
        closing = true;
        feeders.shutdownNow();
    }
}
