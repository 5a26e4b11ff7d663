package org.escalationtimeline.query.rebuild;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps this node's projection processors as the read-model row says, every second: the live
 * generation's processor runs; the other runs only while it is being rebuilt. When a rebuild has
 * reached the head of the stream, switches reads to it. Every query node runs one, so a rebuild
 * started on one node stops, resets and restarts the processor on all of them.
 */
@Component
public class Switchboard {

    private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);

    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final ReadModelState state;
    private final TokenPositions tokens;
    private final Clock clock;
    private final Lease lease;
    /** The generation whose rebuild this process drives under its lease; null when it drives none. */
    private Generations driving;
    /** Whether the last reconcile wanted each processor running here; read by health without the lock. */
    private final Map<Generations, Boolean> wanted = new ConcurrentHashMap<>();

    /**
     * How this node holds a rebuild it drives.
     *
     * @param node   this node, the same across its restarts (so that, started again, it knows its own lease) and
     *               unlike every other node's
     * @param length how long a lease holds unless renewed; renewed every reconcile, so it must be several reconcile
     *               intervals long, and longer than a reset of the tokens takes (the reconcile waits for it)
     */
    public record Lease(String node, Duration length) {
    }

    Switchboard(EventProcessingConfiguration processing, Configuration axon, ReadModelState state,
                TokenPositions tokens, Clock clock, Lease lease) {
        this.processing = processing;
        this.axon = axon;
        this.state = state;
        this.tokens = tokens;
        this.clock = clock;
        this.lease = lease;
    }

    @Scheduled(initialDelayString = "${timeline.read-model.reconcile-ms:1000}",
            fixedDelayString = "${timeline.read-model.reconcile-ms:1000}")
    public synchronized void reconcile() {
        State current = settleLease(clock.instant());
        Generations live = Generations.of(current.live());
        Generations other = live.other();
        boolean rebuildingOther = current.phase() == RebuildPhase.REBUILDING && current.rebuilding() != null
                && current.rebuilding() == other.number();
        run(live, true);
        run(other, rebuildingOther);
        if (rebuildingOther && caughtUp(other) && state.switchTo(other.number(), clock.millis())) {
            LOG.info("Rebuild of generation {} reached the head of the stream: reads switched to it", other.number());
            run(live, false);
        }
    }

    /**
     * Renews the lease on the rebuild this node drives, or abandons a rebuild nobody drives any more: its lease ran
     * out (its node died or hangs), or it is this node's own but this process never started it (the node died and
     * was started again). Abandoning rather than taking over: back to IDLE is one conditional update that leaves
     * reads on the live generation and every processor where IDLE wants it, whereas a takeover would have to tell
     * how far a dead node got through RESETTING (stopped everywhere? tokens reset?) and redo that part. The next
     * rebuild starts clean from the start of the stream.
     * <p>
     * The lease is in the node's clock, passed in: the other rebuild instants are, and NTP keeps nodes' clocks far
     * closer than a lease is long. A node whose clock runs a lease ahead can only abandon a live rebuild early,
     * never switch reads to an unfinished generation.
     */
    synchronized State settleLease(Instant now) {
        State current = state.current();
        if (current.phase() == RebuildPhase.IDLE) {
            driving = null;
            return current;
        }
        if (driving != null && current.heldBy(lease.node())) {
            if (state.renew(lease.node(), now.plus(lease.length()))) {
                return current;
            }
        } else if (current.heldBy(lease.node()) || current.leaseLapsedAt(now)) {
            if (state.abandon(current)) {
                LOG.warn("Abandoned the rebuild of generation {} that {} left {} (lease until {}); reads stay on "
                                + "generation {}, a new rebuild may start", current.rebuilding(), current.owner(),
                        current.phase(), current.leaseUntilMs() == null ? null
                                : Instant.ofEpochMilli(current.leaseUntilMs()), current.live());
            }
        }
        driving = null;
        return state.current();
    }

    /** Starts a rebuild of {@code target} under this node's lease; false if another one holds the read model. */
    synchronized boolean lead(Generations target, long total, Instant now) {
        if (!state.beginReset(target.number(), now.toEpochMilli(), total, lease.node(), now.plus(lease.length()))) {
            return false;
        }
        driving = target;
        return true;
    }

    /** Whether this node still holds the lease on its rebuild of {@code target}. */
    synchronized boolean leads(Generations target) {
        return driving == target && state.current().heldBy(lease.node());
    }

    /** Moves this node's rebuild from RESETTING to REBUILDING; false if its lease was lost meanwhile. */
    synchronized boolean rebuilding() {
        return driving != null && state.beginRebuilding(lease.node());
    }

    /** Gives this node's rebuild up: back to IDLE, reads on the live generation. */
    synchronized void giveUp() {
        driving = null;
        state.abandon(lease.node());
    }

    /** The position of the newest event in the store, -1 when it is empty. */
    long head() {
        TrackingToken head = axon.eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    PooledStreamingEventProcessor processor(Generations generation) {
        return processing.eventProcessor(generation.processingGroup(), PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + generation.processingGroup()));
    }

    private boolean caughtUp(Generations generation) {
        return tokens.lowest(generation.processingGroup()).orElse(-1) >= head();
    }

    /** Whether the last reconcile wanted the processor running on this node; empty before the first reconcile. */
    public Optional<Boolean> wants(Generations generation) {
        return Optional.ofNullable(wanted.get(generation));
    }

    private void run(Generations generation, boolean running) {
        wanted.put(generation, running);
        PooledStreamingEventProcessor processor = processor(generation);
        if (running && !processor.isRunning()) {
            processor.start();
        } else if (!running && processor.isRunning()) {
            processor.shutDown();
        }
    }
}
