package org.escalationtimeline.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.SerializationException;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ReadModelState;
import org.escalationtimeline.query.rebuild.ReadModelState.State;
import org.escalationtimeline.query.rebuild.RebuildPhase;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * The events the projection set aside (ReadSideProcessing), as Axon's dead-letter queues hold them, for the
 * generations in use: the live one, and the one a rebuild fills. A generation that is neither keeps its dead letters
 * until its next rebuild empties them, but answers no read.
 * <p>
 * An operator retries a letter once its cause is gone, or evicts it: both through Axon's own calls (the group's
 * {@link SequencedDeadLetterProcessor}, the queue's {@code evict}), so that the claim on a sequence, the order inside
 * it and the bookkeeping of the processor's cache stay Axon's.
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
     * @param id           the dead letter's own id, for retrying or evicting it
     * @param sequenceId   what orders it with others: the development's aggregate (RecordSequencing)
     * @param eventId      the event's id as write receipts and the event list give it
     * @param position     its global position in the event store
     * @param causeType    the exception the projection failed with
     * @param causeMessage its message, truncated to what the queue keeps
     * @param lastTouched  when it was set aside or last retried
     */
    public record SetAside(String id, String processingGroup, String sequenceId, String eventType, String eventId,
                           Long position, String causeType, String causeMessage, Instant enqueuedAt,
                           Instant lastTouched) {
    }

    /** What became of a letter an operator acted on. */
    public enum Outcome {
        /** Handled this time, and gone from the queue. */
        PROJECTED,
        /** Failed again: still set aside, with the new cause. */
        FAILED_AGAIN,
        /** Removed from the queue unprojected. */
        EVICTED
    }

    /**
     * @param waiting the letters of its sequence still set aside afterwards, first first: the later events of a
     *                development wait behind its first one
     */
    public record Acted(String id, Outcome outcome, List<SetAside> waiting) {
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

    /**
     * Hands the letter, and the letters of its sequence behind it, to the projection again, in one claim of the
     * sequence: each one handled is gone; the first one that fails stays, with its new cause, and those behind it
     * wait on.
     *
     * @throws InvalidValue for an id that is no dead letter's (not a UUID)
     * @throws RuleBroken   not found when no generation in use holds the letter; a conflict when an earlier letter of
     *                      its sequence has to go first, or when its sequence is claimed by a retry under way
     */
    public Acted retry(String id) {
        Located located = find(id);
        Located first = first(located.group(), located.letter().getSequenceIdentifier());
        if (!first.id().equals(id)) {
            throw RuleBroken.conflict("retry-the-first-of-its-sequence", "dead letter " + id + " waits behind "
                    + first.id() + ", the first of its sequence " + located.letter().getSequenceIdentifier()
                    + "; retry or evict that one first");
        }
        process(located.group(), id);
        Optional<Located> after = findIn(located.group(), id);
        if (after.isPresent() && after.get().letter().lastTouched().equals(located.letter().lastTouched())) {
            // Axon skips a sequence another retry has claimed (until its claim runs out), and says only "false".
            throw RuleBroken.conflict("dead-letter-being-retried", "the sequence of dead letter " + id
                    + " is being retried elsewhere; try again in a moment");
        }
        return new Acted(id, after.isPresent() ? Outcome.FAILED_AGAIN : Outcome.PROJECTED,
                waiting(located.group(), located.letter().getSequenceIdentifier()));
    }

    /**
     * Removes the letter from the queue without projecting it. When it was the first of its sequence, the letters
     * that waited behind it are retried at once: the development goes on without it.
     *
     * @throws InvalidValue for an id that is no dead letter's (not a UUID)
     * @throws RuleBroken   not found when no generation in use holds the letter
     */
    public Acted evict(String id) {
        Located located = find(id);
        String sequence = located.letter().getSequenceIdentifier();
        boolean wasFirst = first(located.group(), sequence).id().equals(id);
        queue(located.group()).orElseThrow().evict(located.letter());
        List<SetAside> waiting = waiting(located.group(), sequence);
        if (wasFirst && !waiting.isEmpty()) {
            process(located.group(), waiting.get(0).id());
            waiting = waiting(located.group(), sequence);
        }
        return new Acted(id, Outcome.EVICTED, waiting);
    }

    /** Axon's processor of the group handles the sequence whose first letter this is, if no one else has claimed it. */
    private void process(String group, String firstId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalStateException("no dead-letter processor for " + group));
        processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored && stored.getIdentifier().equals(firstId));
    }

    /** A letter and the processing group whose queue holds it. */
    private record Located(String group, JdbcDeadLetter<? extends EventMessage<?>> letter) {

        String id() {
            return letter.getIdentifier();
        }
    }

    /** Axon looks letters up by sequence, not by id: the queues in use are walked, sequence by sequence. */
    private Located find(String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidValue("id", "a dead letter id is a UUID, as GET /api/admin/dead-letters lists it");
        }
        return inUse().stream().map(group -> findIn(group, id)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> RuleBroken.notFound("no-such-dead-letter",
                        "no event set aside under dead letter id " + id));
    }

    private Optional<Located> findIn(String group, String id) {
        return queue(group).stream().flatMap(queue -> StreamSupport.stream(queue.deadLetters().spliterator(), false))
                .flatMap(sequence -> StreamSupport.stream(sequence.spliterator(), false))
                .map(letter -> letter instanceof JdbcDeadLetter<? extends EventMessage<?>> stored
                        && stored.getIdentifier().equals(id) ? new Located(group, stored) : null)
                .filter(Objects::nonNull).findFirst();
    }

    private Located first(String group, String sequence) {
        return sequence(group, sequence).stream().findFirst().orElseThrow(() -> RuleBroken.notFound(
                "no-such-dead-letter", "nothing is set aside for sequence " + sequence + " any more"));
    }

    private List<SetAside> waiting(String group, String sequence) {
        return sequence(group, sequence).stream().map(located -> setAside(group, located.letter())).toList();
    }

    private List<Located> sequence(String group, String sequence) {
        return queue(group).stream()
                .flatMap(queue -> StreamSupport.stream(queue.deadLetterSequence(sequence).spliterator(), false))
                .map(letter -> new Located(group, (JdbcDeadLetter<? extends EventMessage<?>>) letter)).toList();
    }

    private static SetAside setAside(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        JdbcDeadLetter<?> stored = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc : null;
        return new SetAside(stored == null ? null : stored.getIdentifier(), group,
                stored == null ? null : stored.getSequenceIdentifier(), event.getPayloadType().getSimpleName(),
                eventId(event), position(event), letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched());
    }

    /**
     * The event id the rest of the API names it by (write receipts, the event list): the payload's; the message's own
     * id when the payload cannot be read.
     */
    private static String eventId(EventMessage<?> event) {
        try {
            if (event.getPayload() instanceof TimelineEvent timelineEvent) {
                return timelineEvent.eventId().toString();
            }
        } catch (SerializationException unreadable) {
            // Set aside for that very reason: the message's id is all there is.
        }
        return event.getIdentifier();
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
