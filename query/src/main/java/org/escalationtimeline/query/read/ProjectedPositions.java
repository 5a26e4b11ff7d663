package org.escalationtimeline.query.read;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.TokenPositions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The projected prefix of the event store, from the live generation's processor: the lowest
 * position that every one of its segments has passed.
 * <p>
 * A pooled processor's segments project at their own pace, so the read tables may hold position
 * N while a smaller position of another segment is still on its way; a reader paging by position
 * that was shown N would never see it. Below the lowest segment position nothing is missing:
 * <ul>
 * <li>A segment's token stands on the last event it consumed, in stream order, and it consumes
 * every event, its own and the other segments' (Axon's WorkPackage advances past events of other
 * segments without handling them). Its own events up to there are committed with the token, in
 * one transaction.</li>
 * <li>The token's gaps are ignored: its index, not its lower bound. A gap is a position below the
 * index that the stream did not see when it read the index. Appends are serialised in commit
 * order (app/store/CommitOrderedAppend), so a position below a committed one was committed before
 * it, hence visible to the same read, or rolled back: a gap is a hole that never fills. Taking the
 * lower bound instead would hold every read back until Axon's gap timeout (a minute) after each
 * rolled-back append, for an event that will never come.</li>
 * <li>A segment with no events of its own stores its token only when it extends its claim
 * (every second), so the token store alone would hold reads back that long after a burst. This
 * node's own segments are read from the processor's status, which moves as soon as the segment
 * has consumed an event; segments claimed by other nodes from the token store. Either is a
 * position the segment has passed, so the higher of the two is.</li>
 * </ul>
 * The answer is kept for a few milliseconds: an older answer is a lower, still safe, prefix, and
 * several reads a second (and every event stream waiting on it) then cost one look at the tokens.
 */
@Component
public class ProjectedPositions implements ProjectedPrefix {

    private static final long FRESH_NANOS = 20_000_000L;
    private static final Instant LAST_TEXT_ORDERED = Instant.parse("9999-12-31T23:59:59.999Z");

    private final TokenPositions tokens;
    private final LiveGeneration live;
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final AtomicReference<Sample> last = new AtomicReference<>();

    ProjectedPositions(TokenPositions tokens, LiveGeneration live, EventProcessingConfiguration processing,
                       Configuration axon) {
        this.tokens = tokens;
        this.live = live;
        this.processing = processing;
        this.axon = axon;
    }

    private record Sample(int generation, long position, long takenAt) {
    }

    /** The highest position up to which every event is in the live read model; -1 when none is. */
    public long watermark() {
        int generation = live.number();
        Sample sample = last.get();
        if (sample != null && sample.generation() == generation && System.nanoTime() - sample.takenAt() < FRESH_NANOS) {
            return sample.position();
        }
        long position = lowestSegmentPosition(Generations.of(generation).processingGroup());
        last.set(new Sample(generation, position, System.nanoTime()));
        return position;
    }

    /**
     * The watermark, lowered to the last event recorded by {@code knownAt}: an event at or below
     * the watermark recorded after knownAt is not shown at knownAt (a read known "now" by a clock
     * behind the database's), and a reader that went on after the watermark would never see it.
     * Recording instants rise with positions (CommitOrderedAppend), so the events recorded by
     * knownAt are a prefix too.
     */
    @Override
    public long through(Instant knownAt) {
        long watermark = watermark();
        if (watermark < 0) {
            return -1;
        }
        // Axon's token at an instant stands before the first event recorded at or after it. The store compares
        // time stamps as text, which holds for four-digit years only.
        Instant after = knownAt.isBefore(LAST_TEXT_ORDERED) ? knownAt.plusMillis(1) : LAST_TEXT_ORDERED;
        TrackingToken recordedBy = axon.eventStore().createTokenAt(after);
        long known = recordedBy == null ? -1 : recordedBy.position().orElse(-1);
        return Math.min(watermark, known);
    }

    private long lowestSegmentPosition(String processingGroup) {
        Map<Integer, Long> stored = tokens.bySegment(processingGroup);
        if (stored.isEmpty()) {
            return -1;
        }
        Map<Integer, EventTrackerStatus> local = processing
                .eventProcessor(processingGroup, PooledStreamingEventProcessor.class)
                .map(PooledStreamingEventProcessor::processingStatus).orElse(Map.of());
        long lowest = Long.MAX_VALUE;
        for (Segment segment : Segment.computeSegments(stored.keySet().stream().mapToInt(Integer::intValue).toArray())) {
            long position = stored.get(segment.getSegmentId());
            EventTrackerStatus status = local.get(segment.getSegmentId());
            // Only a status of the very same segment: after a split or merge an old status covers other events.
            if (status != null && segment.equals(status.getSegment()) && status.getTrackingToken() != null) {
                position = Math.max(position, status.getTrackingToken().position().orElse(-1));
            }
            lowest = Math.min(lowest, position);
        }
        return lowest;
    }
}
