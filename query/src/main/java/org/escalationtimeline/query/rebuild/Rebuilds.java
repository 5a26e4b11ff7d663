package org.escalationtimeline.query.rebuild;

import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the read model blue/green: the generation that is not live is emptied and filled
 * again from the start of the event stream while reads keep answering from the live one; the
 * Switchboard switches reads over once it has caught up.
 */
@Component
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(60);

    private final ReadModelState state;
    private final Switchboard switchboard;
    private final TokenPositions tokens;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    Rebuilds(ReadModelState state, Switchboard switchboard, TokenPositions tokens, Clock clock) {
        this.state = state;
        this.switchboard = switchboard;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * How a rebuild stands, for GET /api/admin/replay. Positions stand in for event counts. While one runs, the
     * node driving it and until when its lease holds.
     */
    public record Progress(RebuildPhase status, int liveGeneration, Integer generation, long eventsDone,
                           long eventsTotal, double eventsPerSecond, Instant startedAt, Instant estimatedFinish,
                           Instant finishedAt, String leaseOwner, Instant leaseExpiresAt) {
    }

    public Progress start() {
        Instant now = clock.instant();
        State current = switchboard.settleLease(now);
        if (current.phase() != RebuildPhase.IDLE) {
            throw RuleBroken.conflict("one-rebuild-at-a-time", "a rebuild is already " + current.phase());
        }
        Generations target = Generations.of(current.live()).other();
        if (!switchboard.lead(target, switchboard.head(), now)) {
            throw RuleBroken.conflict("one-rebuild-at-a-time", "another rebuild started at the same moment");
        }
        LOG.info("Rebuilding the read model into generation {} while generation {} answers reads",
                target.number(), current.live());
        worker.submit(() -> reset(target));
        return progress();
    }

    public Progress progress() {
        State current = state.current();
        long now = clock.millis();
        long total = current.total() == null ? 0 : Math.max(0, current.total());
        Instant started = current.startedMs() == null ? null : Instant.ofEpochMilli(current.startedMs());
        Instant finished = current.finishedMs() == null ? null : Instant.ofEpochMilli(current.finishedMs());
        if (current.rebuilding() == null) {
            return new Progress(current.phase(), current.live(), null, 0, 0, 0, null, null, null, null, null);
        }
        Generations rebuilt = Generations.of(current.rebuilding());
        long done = switch (current.phase()) {
            case RESETTING -> 0;
            case REBUILDING -> Math.min(total, Math.max(0, tokens.lowest(rebuilt.processingGroup()).orElse(0)));
            case IDLE -> finished != null ? total : 0; // an abandoned rebuild never finished
        };
        long end = finished != null ? finished.toEpochMilli() : now;
        double seconds = started == null ? 0 : Math.max(0.001, (end - started.toEpochMilli()) / 1000.0);
        double rate = seconds == 0 ? 0 : Math.round(done / seconds * 10) / 10.0;
        Instant estimate = current.phase() == RebuildPhase.IDLE ? finished
                : rate > 0 ? Instant.ofEpochMilli(now + (long) ((total - done) / rate * 1000)) : null;
        Instant leaseExpires = current.leaseUntilMs() == null ? null : Instant.ofEpochMilli(current.leaseUntilMs());
        return new Progress(current.phase(), current.live(), current.rebuilding(), done, total, rate, started,
                estimate, finished, current.owner(), leaseExpires);
    }

    /** Stops the processor everywhere, resets its tokens (emptying its generation), starts it again. */
    private void reset(Generations target) {
        try {
            synchronized (switchboard) {
                switchboard.processor(target).shutDown();
            }
            long deadline = System.nanoTime() + RELEASE_TIMEOUT.toNanos();
            while (!resetOnceReleased(target)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("another node still holds segments of " + target.processingGroup());
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            switchboard.giveUp();
        } catch (RuntimeException e) {
            LOG.error("The rebuild of generation {} could not start; reads stay on the live generation",
                    target.number(), e);
            switchboard.giveUp();
        }
    }

    /**
     * Resets the processor's tokens and starts it, unless a node still holds one of its segments. Axon claims every
     * segment before it resets any, and the claim fails while another node holds it: every other node stops the
     * processor at its next reconcile and releases its segments, and the segments of a node that died are free once
     * its claims are older than the token store's claim timeout.
     */
    private boolean resetOnceReleased(Generations target) {
        synchronized (switchboard) {
            if (!switchboard.leads(target)) {
                throw new IllegalStateException("this node lost the lease on the rebuild");
            }
            try {
                switchboard.processor(target).resetTokens();
            } catch (UnableToClaimTokenException stillHeld) {
                return false;
            }
            if (!switchboard.rebuilding()) {
                throw new IllegalStateException("this node lost the lease on the rebuild");
            }
            switchboard.processor(target).start();
            return true;
        }
    }
}
