package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.query.read.EventListScenario.E1;
import static org.escalationtimeline.query.read.EventListScenario.E2;
import static org.escalationtimeline.query.read.EventListScenario.E3;
import static org.escalationtimeline.query.read.EventListScenario.E4;
import static org.escalationtimeline.query.read.EventListScenario.E5;
import static org.escalationtimeline.query.read.EventListScenario.E6;
import static org.escalationtimeline.query.read.EventListScenario.t;

/** The event list's filters and its paging by position, on {@link EventListScenario}. */
class EventReaderTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-12-31");
    static final Instant KNOWN_AT = t(100);

    ReadModelDb db;
    EventReader reader;

    @BeforeEach
    void record() {
        db = ReadModelDb.create();
        reader = new EventReader(db.jdbc(), new LiveGeneration(db.jdbc()), EventListScenario::projectedThrough);
        EventListScenario.record(db.projection(1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A query with every filter off, the default limit, at the end of 2026 as known at t(100). */
    static Query query() {
        return new Query(AS_OF, KNOWN_AT, null, null, null, null, null, null, ListEvents.DEFAULT_LIMIT);
    }

    record Query(LocalDate asOf, Instant knownAt, String actor, String pair, String type, String from, String to,
                 Long after, int limit) {

        Query actor(String code) {
            return new Query(asOf, knownAt, code, pair, type, from, to, after, limit);
        }

        Query pair(String text) {
            return new Query(asOf, knownAt, actor, text, type, from, to, after, limit);
        }

        Query type(String eventType) {
            return new Query(asOf, knownAt, actor, pair, eventType, from, to, after, limit);
        }

        Query from(String date) {
            return new Query(asOf, knownAt, actor, pair, type, date, to, after, limit);
        }

        Query to(String date) {
            return new Query(asOf, knownAt, actor, pair, type, from, date, after, limit);
        }

        Query after(long position) {
            return new Query(asOf, knownAt, actor, pair, type, from, to, position, limit);
        }

        Query limit(int max) {
            return new Query(asOf, knownAt, actor, pair, type, from, to, after, max);
        }

        Query knownAt(Instant instant) {
            return new Query(asOf, instant, actor, pair, type, from, to, after, limit);
        }

        ListEvents toList() {
            return new ListEvents(asOf, knownAt, actor == null ? null : ActorCode.of(actor),
                    pair == null ? null : ActorPair.parse(pair), type, from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to), after, limit);
        }
    }

    EventPage page(Query query) {
        return reader.list(query.toList());
    }

    List<UUID> ids(Query query) {
        return page(query).items().stream().map(EventEntry::eventId).toList();
    }

    @Test
    void unfilteredItListsEveryDevelopmentByPosition() {
        EventPage page = page(query());
        assertThat(page.items()).extracting(EventEntry::position).containsExactly(1L, 3L, 4L, 5L, 6L, 7L);
        assertThat(page.items()).extracting(EventEntry::eventId).containsExactly(E1, E2, E3, E4, E5, E6);
        assertThat(page.next()).as("the last page: go on after the projected prefix").isEqualTo(7L);
    }

    @Test
    void anActorFilterKeepsWhatItDidOrWasAimedAtOrTookPartIn() {
        assertThat(ids(query().actor("USA"))).containsExactly(E1, E2, E5);
        assertThat(ids(query().actor("JPN"))).containsExactly(E1, E2, E3, E4, E6);
        assertThat(ids(query().actor("CHN"))).containsExactly(E1, E3, E4, E5);
        // The host of a meeting it does not take part in is not joined by it.
        assertThat(ids(query().actor("KOR"))).containsExactly(E6);
        assertThat(ids(query().actor("TWN"))).isEmpty();
    }

    @Test
    void aPairFilterKeepsWhatJoinsTheTwoInEitherDirection() {
        assertThat(ids(query().pair("CHN-JPN"))).containsExactly(E1, E3, E4);
        assertThat(ids(query().pair("JPN-CHN"))).containsExactly(E1, E3, E4);
        assertThat(ids(query().pair("CHN-USA"))).containsExactly(E1, E5);
        // A measure against JPN and USA joins neither of them to the other.
        assertThat(ids(query().pair("JPN-USA"))).containsExactly(E2);
        assertThat(ids(query().pair("KOR-USA"))).isEmpty();
    }

    @Test
    void aTypeFilterKeepsThatEventType() {
        assertThat(ids(query().type("ProtestLodged"))).containsExactly(E4);
        assertThat(ids(query().type("CallHeld"))).containsExactly(E2);
        assertThat(ids(query().type("MeasureLifted"))).isEmpty();
    }

    @Test
    void fromAndToKeepWorldDatesInclusively() {
        assertThat(ids(query().from("2025-11-01"))).containsExactly(E2, E3, E4, E6);
        assertThat(ids(query().to("2025-10-30"))).containsExactly(E1, E5);
        assertThat(ids(query().from("2025-11-07").to("2025-11-25"))).containsExactly(E2, E3);
        assertThat(ids(query().from("2025-11-08").to("2025-11-24"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(query().actor("JPN").type("StatementMade"))).containsExactly(E3);
        assertThat(ids(query().pair("CHN-JPN").from("2025-11-01"))).containsExactly(E3, E4);
        assertThat(ids(query().actor("CHN").to("2025-12-31").knownAt(t(4)))).containsExactly(E1, E3);
    }

    @Test
    void asOfLeavesOutWhatHappenedLater() {
        Query asOfNewYear = new Query(LocalDate.parse("2025-12-31"), KNOWN_AT, null, null, null, null, null, null, 100);
        assertThat(ids(asOfNewYear)).containsExactly(E1, E2, E3, E5);
    }

    @Test
    void knownAtLeavesOutWhatWasRecordedLater() {
        assertThat(ids(query().knownAt(t(0)))).isEmpty();
        assertThat(ids(query().knownAt(t(4)))).containsExactly(E1, E2, E3);
        assertThat(ids(query().knownAt(t(6).minusMillis(1)))).containsExactly(E1, E2, E3, E4);
    }

    @Test
    void pagesFollowEachOtherByPosition() {
        EventPage first = page(query().limit(2));
        assertThat(first.items()).extracting(EventEntry::position).containsExactly(1L, 3L);
        assertThat(first.next()).isEqualTo(3L);

        EventPage second = page(query().limit(2).after(first.next()));
        assertThat(second.items()).extracting(EventEntry::position).containsExactly(4L, 5L);
        assertThat(second.next()).isEqualTo(5L);

        EventPage third = page(query().limit(2).after(second.next()));
        assertThat(third.items()).extracting(EventEntry::position).containsExactly(6L, 7L);
        assertThat(third.next()).as("a last page that is exactly full: go on after it").isEqualTo(7L);

        EventPage beyond = page(query().limit(2).after(7));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.next()).as("an empty page: go on where it started").isEqualTo(7L);
    }

    @Test
    void afterAPositionThatHoldsNoDevelopmentTheListGoesOn() {
        // Position 2 is a registration: nothing is listed at it.
        assertThat(ids(query().after(1).limit(1))).containsExactly(E2);
        assertThat(ids(query().after(2).limit(1))).containsExactly(E2);
        assertThat(ids(query().after(0))).containsExactly(E1, E2, E3, E4, E5, E6);
    }

    @Test
    void pagesOfAFilteredListFollowTheFilteredPositions() {
        EventPage first = page(query().pair("CHN-JPN").limit(1));
        assertThat(first.items()).extracting(EventEntry::eventId).containsExactly(E1);
        assertThat(first.next()).isEqualTo(1L);
        EventPage second = page(query().pair("CHN-JPN").limit(1).after(1));
        assertThat(second.items()).extracting(EventEntry::eventId).containsExactly(E3);
        assertThat(second.next()).isEqualTo(4L);
        EventPage third = page(query().pair("CHN-JPN").limit(1).after(4));
        assertThat(third.items()).extracting(EventEntry::eventId).containsExactly(E4);
        assertThat(third.next()).as("the filter matches nothing more: go on after the prefix").isEqualTo(7L);
    }

    @Test
    void anEntryCarriesEveryFieldOfTheList() {
        EventEntry call = page(query().type("CallHeld")).items().get(0);
        assertThat(call.eventId()).isEqualTo(E2);
        assertThat(call.type()).isEqualTo("CallHeld");
        assertThat(call.date()).isEqualTo(LocalDate.parse("2025-11-25"));
        assertThat(call.recordedAt()).isEqualTo(t(3));
        assertThat(call.position()).isEqualTo(3);
        assertThat(call.actor()).isEqualTo(ActorCode.of("JPN"));
        assertThat(call.targets()).containsExactly(ActorCode.of("USA"));
        assertThat(call.summary()).isEqualTo("Leaders speak by telephone");
        assertThat(call.cameo()).isEqualTo(new EventEntry.Cameo("041", "Discuss by telephone", 1));
        assertThat(call.goldstein()).isEqualTo(1.0);
        assertThat(call.aggregate()).isEqualTo(new EventEntry.AggregateRef("call", "call-jp-us"));
        assertThat(call.corrected()).isFalse();
        assertThat(call.correctedAt()).isNull();

        EventEntry measure = page(query().type("MeasureAnnounced")).items().get(0);
        assertThat(measure.targets()).containsExactly(ActorCode.of("JPN"), ActorCode.of("USA"));
    }

    @Test
    void readsFollowTheLiveGenerationOnly() {
        // Generation 2 (what a rebuild fills) holds only the meeting; generation 1 is live.
        EventListScenario.record(db.projection(2));
        db.tables().clear(2);
        db.projection(2).recorded(org.escalationtimeline.query.projection.Developments.meetingHeld(E5, "busan",
                "2025-10-30", org.escalationtimeline.api.meeting.MeetingKind.SUMMIT, "KOR",
                org.escalationtimeline.api.meeting.Outcome.AGREEMENT, "USA", "CHN"), 6, t(6));
        assertThat(ids(query())).containsExactly(E1, E2, E3, E4, E5, E6);

        db.makeLive(2);
        assertThat(ids(query())).containsExactly(E5);
        assertThat(new LiveGeneration(db.jdbc()).number()).isEqualTo(2);

        db.makeLive(1);
        assertThat(ids(query())).containsExactly(E1, E2, E3, E4, E5, E6);
    }
}
