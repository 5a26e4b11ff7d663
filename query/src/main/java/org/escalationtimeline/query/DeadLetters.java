package org.escalationtimeline.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState;
import org.escalationtimeline.query.rebuild.ReadModelState.State;
import org.escalationtimeline.query.rebuild.RebuildPhase;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events the projection set aside (ReadSideProcessing), as Axon's dead-letter queues hold them, for the
 * generations in use: the live one, and the one a rebuild fills. A generation that is neither keeps its dead letters
 * until its next rebuild empties them, but answers no read.
 */
@Component
public class DeadLetters {

    /** At most this many are listed; the count is of all. */
    public static final int LISTED = 1000;

    private final EventProcessingConfiguration processing;
    private final ReadModelState state;

    DeadLetters(EventProcessingConfiguration processing, ReadModelState state) {
        this.processing = processing;
        this.state = state;
    }

    /**
     * One event set aside.
     *
     * @param sequenceId   what orders it with others: the development's aggregate (RecordSequencing)
     * @param position     its global position in the event store
     * @param causeType    the exception the projection failed with
     * @param causeMessage its message, truncated to what the queue keeps
     */
    public record SetAside(String processingGroup, String sequenceId, String eventType, String eventId, Long position,
                           String causeType, String causeMessage, Instant enqueuedAt) {
    }

    public long count() {
        return inUse().stream().mapToLong(group -> queue(group).map(SequencedDeadLetterQueue::size).orElse(0L)).sum();
    }

    /** The first {@link #LISTED}, by generation, then by sequence, each sequence in its order. */
    public List<SetAside> list() {
        List<SetAside> listed = new ArrayList<>();
        for (String group : inUse()) {
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(group);
            if (queue.isEmpty()) {
                continue;
            }
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (listed.size() == LISTED) {
                        return listed;
                    }
                    listed.add(setAside(group, letter));
                }
            }
        }
        return listed;
    }

    private static SetAside setAside(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String sequence = letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
        return new SetAside(group, sequence, event.getPayloadType().getSimpleName(), event.getIdentifier(), position(event),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt());
    }

    /** Where the event stands in the store, when it came from a streaming processor. */
    static Long position(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong() : null;
    }

    private List<String> inUse() {
        State current = state.current();
        List<String> groups = new ArrayList<>(List.of(Generations.of(current.live()).processingGroup()));
        if (current.phase() != RebuildPhase.IDLE && current.rebuilding() != null) {
            groups.add(Generations.of(current.rebuilding()).processingGroup());
        }
        return groups;
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }
}
