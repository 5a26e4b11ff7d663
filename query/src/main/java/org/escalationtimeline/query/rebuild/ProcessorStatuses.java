package org.escalationtimeline.query.rebuild;

import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState.State;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * How each projection processor stands on this node, for the health endpoint and the metrics: what the read model
 * uses it for, whether it should run here, whether it runs, and how far behind the head of the stream it is.
 */
@Component
public class ProcessorStatuses {

    private final Switchboard switchboard;
    private final ReadModelState state;
    private final TokenPositions tokens;

    ProcessorStatuses(Switchboard switchboard, ReadModelState state, TokenPositions tokens) {
        this.switchboard = switchboard;
        this.state = state;
        this.tokens = tokens;
    }

    /** What a generation's processor is for: it answers reads, it is being rebuilt, or neither. */
    public enum Use {
        LIVE, REBUILDING, IDLE
    }

    /**
     * @param wanted       whether it should run on this node: as the Switchboard last decided, or, before its first
     *                     reconcile, whether it is the live one
     * @param error        it runs but its last batch failed, and it retries
     * @param segmentsHere how many of its segments this node holds (the other nodes hold the rest)
     * @param position     the position every segment has passed, across every node; null before it has any token
     * @param lag          how many positions the head of the stream is ahead of {@code position}; null while the
     *                     processor is IDLE (its tokens are left from an earlier rebuild) or has no token
     */
    public record ProcessorStatus(String processor, Use use, boolean wanted, boolean running, boolean error,
                                  int segmentsHere, Long position, Long lag) {

        /** A processor that should run here and does not, or fails, makes the node unhealthy. */
        public boolean healthy() {
            return !wanted || running && !error;
        }
    }

    /** Both generations' processors, blue first. */
    public List<ProcessorStatus> all() {
        State current = state.current();
        long head = switchboard.head();
        List<ProcessorStatus> statuses = new ArrayList<>();
        for (Generations generation : Generations.values()) {
            Use use = generation.number() == current.live() ? Use.LIVE
                    : current.phase() != RebuildPhase.IDLE && current.rebuilding() != null
                    && current.rebuilding() == generation.number() ? Use.REBUILDING : Use.IDLE;
            PooledStreamingEventProcessor processor = switchboard.processor(generation);
            OptionalLong lowest = tokens.lowest(generation.processingGroup());
            Long position = lowest.isPresent() ? lowest.getAsLong() : null;
            Long lag = use == Use.IDLE || position == null ? null : Math.max(0, head - position);
            statuses.add(new ProcessorStatus(generation.processingGroup(), use,
                    switchboard.wants(generation).orElse(use == Use.LIVE), processor.isRunning(),
                    processor.isRunning() && processor.isError(), processor.processingStatus().size(), position, lag));
        }
        return statuses;
    }
}
