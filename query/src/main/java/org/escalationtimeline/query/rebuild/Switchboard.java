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

    Switchboard(EventProcessingConfiguration processing, Configuration axon, ReadModelState state,
                TokenPositions tokens, Clock clock) {
        this.processing = processing;
        this.axon = axon;
        this.state = state;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${timeline.read-model.reconcile-ms:1000}",
            fixedDelayString = "${timeline.read-model.reconcile-ms:1000}")
    public synchronized void reconcile() {
        State current = state.current();
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

    private void run(Generations generation, boolean running) {
        PooledStreamingEventProcessor processor = processor(generation);
        if (running && !processor.isRunning()) {
            processor.start();
        } else if (!running && processor.isRunning()) {
            processor.shutDown();
        }
    }
}
