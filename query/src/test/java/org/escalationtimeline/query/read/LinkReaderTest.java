package org.escalationtimeline.query.read;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.DirectedEvent;
import org.escalationtimeline.query.view.PairEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.escalationtimeline.query.read.EventListScenario.E1;
import static org.escalationtimeline.query.read.EventListScenario.E2;
import static org.escalationtimeline.query.read.EventListScenario.E3;
import static org.escalationtimeline.query.read.EventListScenario.E4;
import static org.escalationtimeline.query.read.EventListScenario.E5;
import static org.escalationtimeline.query.read.EventListScenario.t;

/** Who did what to whom at a cutoff, on {@link EventListScenario}. */
class LinkReaderTest {

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");

    ReadModelDb db;
    LinkReader links;

    @BeforeEach
    void record() {
        db = ReadModelDb.create();
        links = new LinkReader(db.jdbc(), new LiveGeneration(db.jdbc()));
        EventListScenario.record(db.projection(1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Cutoff asOf(String date) {
        return new Cutoff(LocalDate.parse(date), t(100));
    }

    @Test
    void aCallJoinsItsPairOnceThoughItIsLinkedBothWays() {
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM record_link WHERE event_id = ?", Integer.class, E2))
                .isEqualTo(2);
        assertThat(links.between(new ActorPair(JPN, USA), asOf("2026-12-31"))).containsExactly(
                new PairEvent(E2, LocalDate.parse("2025-11-25"), 3, 1.0, QuadClass.VERBAL_COOPERATION));
        assertThat(links.between(new ActorPair(USA, JPN), asOf("2026-12-31"))).extracting(PairEvent::eventId)
                .containsExactly(E2);
    }

    @Test
    void aMeetingAndAMeasureAgainstTwoTargetsJoinTheirPairsOnceEach() {
        assertThat(links.between(new ActorPair(CHN, USA), asOf("2026-12-31"))).containsExactly(
                new PairEvent(E1, LocalDate.parse("2025-10-09"), 1, -8.0, QuadClass.MATERIAL_CONFLICT),
                new PairEvent(E5, LocalDate.parse("2025-10-30"), 6, 8.0, QuadClass.VERBAL_COOPERATION));
        assertThat(links.between(new ActorPair(CHN, JPN), asOf("2026-12-31"))).extracting(PairEvent::eventId)
                .containsExactly(E1, E3, E4);
        assertThat(links.between(new ActorPair(KOR, USA), asOf("2026-12-31"))).isEmpty();
    }

    @Test
    void betweenLeavesOutWhatHappenedAfterAsOf() {
        assertThat(links.between(new ActorPair(CHN, JPN), asOf("2025-12-31"))).extracting(PairEvent::eventId)
                .containsExactly(E1, E3);
    }

    @Test
    void theWindowHoldsEachDirectionOfTheEventsDatedInIt() {
        // 90 days ending 2026-01-10: dated after 2025-10-12 and on or before 2026-01-10.
        List<DirectedEvent> window = links.inWindow(asOf("2026-01-10"), 90);
        assertThat(window).extracting(DirectedEvent::eventId, DirectedEvent::source, DirectedEvent::target,
                        DirectedEvent::date, DirectedEvent::goldstein)
                .containsExactlyInAnyOrder(
                        tuple(E5, USA, CHN, LocalDate.parse("2025-10-30"), 8.0),
                        tuple(E5, CHN, USA, LocalDate.parse("2025-10-30"), 8.0),
                        tuple(E3, JPN, CHN, LocalDate.parse("2025-11-07"), -2.0),
                        tuple(E2, JPN, USA, LocalDate.parse("2025-11-25"), 1.0),
                        tuple(E2, USA, JPN, LocalDate.parse("2025-11-25"), 1.0),
                        tuple(E4, JPN, CHN, LocalDate.parse("2026-01-08"), -2.0));
        assertThat(window).extracting(DirectedEvent::date).isSorted();
        // The day the window opens on is out: 72 days before 2026-01-10 is 2025-10-30, E5's date.
        assertThat(links.inWindow(asOf("2026-01-10"), 73)).extracting(DirectedEvent::eventId).contains(E5);
        assertThat(links.inWindow(asOf("2026-01-10"), 72)).extracting(DirectedEvent::eventId).doesNotContain(E5);
    }

    @Test
    void thePairsEverJoinedAreTheDirectionsDatedUpToAsOf() {
        assertThat(links.pairsEver(asOf("2025-10-31"))).extracting(pair -> Arrays.asList(pair)).containsExactly(
                List.of(CHN, JPN), List.of(CHN, USA), List.of(USA, CHN));
        assertThat(links.pairsEver(new Cutoff(LocalDate.parse("2026-12-31"), t(3)))).extracting(pair -> Arrays.asList(pair))
                .containsExactly(List.of(CHN, JPN), List.of(CHN, USA), List.of(JPN, USA), List.of(USA, JPN));
    }
}
