package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event list shows only the projected prefix: rows a faster segment of the projection wrote
 * above it wait until every smaller position is projected, and the pages say where to go on.
 */
class ProjectedPrefixListTest {

    ReadModelDb db;
    EventReader reader;
    /** Where the slowest segment stands: the scenario's rows are all written, as faster segments write them. */
    final AtomicLong slowestSegment = new AtomicLong();

    @BeforeEach
    void record() {
        db = ReadModelDb.create();
        reader = new EventReader(db.jdbc(), new LiveGeneration(db.jdbc()),
                knownAt -> Math.min(slowestSegment.get(), EventListScenario.projectedThrough(knownAt)));
        EventListScenario.record(db.projection(1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    EventPage page(Long after, int limit) {
        return reader.list(new ListEvents(LocalDate.parse("2026-12-31"), Instant.parse("2026-03-01T00:00:00Z"),
                null, null, null, null, null, after, limit));
    }

    @Test
    void aRowAboveTheProjectedPrefixIsNotShownUntilEverySmallerPositionIsProjected() {
        slowestSegment.set(4);
        EventPage tail = page(null, 100);
        assertThat(tail.items()).extracting(EventEntry::position).containsExactly(1L, 3L, 4L);
        assertThat(tail.next()).as("go on after the prefix, not after the rows above it").isEqualTo(4L);

        slowestSegment.set(7);
        EventPage more = page(tail.next(), 100);
        assertThat(more.items()).extracting(EventEntry::position).containsExactly(5L, 6L, 7L);
        assertThat(more.next()).isEqualTo(7L);
    }

    @Test
    void aPageAfterThePrefixIsEmptyAndNeverSendsTheClientBack() {
        slowestSegment.set(3);
        EventPage page = page(5L, 100);
        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isEqualTo(5L);
    }

    @Test
    void aFullPageGoesOnAfterItsLastItem() {
        slowestSegment.set(7);
        assertThat(page(null, 2).next()).isEqualTo(3L);
    }
}
