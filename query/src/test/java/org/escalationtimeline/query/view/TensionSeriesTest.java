package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.escalationtimeline.api.scoring.QuadClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The §6 recurrence and episodes, on cases whose numbers are worked out by hand in the comments. */
class TensionSeriesTest {

    private static final QuadClass Q1 = QuadClass.VERBAL_COOPERATION;
    private static final QuadClass Q2 = QuadClass.MATERIAL_COOPERATION;
    private static final QuadClass Q3 = QuadClass.VERBAL_CONFLICT;
    private static final QuadClass Q4 = QuadClass.MATERIAL_CONFLICT;

    static UUID id(int n) {
        return new UUID(0L, n);
    }

    /** Event n, at position n. */
    static PairEvent ev(int n, String date, double goldstein, QuadClass quadClass) {
        return ev(n, date, n, goldstein, quadClass);
    }

    static PairEvent ev(int n, String date, long position, double goldstein, QuadClass quadClass) {
        return new PairEvent(id(n), LocalDate.parse(date), position, goldstein, quadClass);
    }

    static YearMonth ym(String month) {
        return YearMonth.parse(month);
    }

    static TensionPoint point(String period, double tension, double conflict, double cooperation, int events,
                              int q1, int q2, int q3, int q4) {
        return new TensionPoint(period, tension, conflict, cooperation, events, List.of(q1, q2, q3, q4));
    }

    static TensionPoint empty(String period, double tension) {
        return point(period, tension, 0.0, 0.0, 0, 0, 0, 0, 0);
    }

    @Test
    void theRecurrenceMonthByMonth() {
        List<PairEvent> events = List.of(
                ev(1, "2020-01-05", -8.0, Q4),
                ev(2, "2020-01-20", -2.0, Q3),
                ev(3, "2020-03-10", 4.0, Q1),
                ev(4, "2020-05-02", 8.0, Q1),
                ev(5, "2020-06-15", -0.4, Q1),   // a CRITICAL statement: code 012 is QuadClass 1, weight < 0
                ev(6, "2020-06-16", 0.0, Q1));   // a NEUTRAL statement: neither C nor K, but counted

        TensionSeries series = TensionSeries.compute(events, ym("2020-01"), ym("2020-07"), Granularity.MONTH);

        assertThat(series.points()).containsExactly(
                // Jan: C = 8 + 2 = 10             → T = max(0, 0.75·0 + 10 − 0)   = 10
                point("2020-01", 10.0, 10.0, 0.0, 2, 0, 0, 1, 1),
                // Feb: nothing                      → T = 0.75·10                  = 7.5
                empty("2020-02", 7.5),
                // Mar: K = 4                        → T = 0.75·7.5 − 0.5·4 = 5.625 − 2 = 3.625
                point("2020-03", 3.625, 0.0, 4.0, 1, 1, 0, 0, 0),
                // Apr: nothing                      → T = 0.75·3.625 = 2.71875, reported 2.719
                empty("2020-04", 2.719),
                // May: K = 8                        → 0.75·2.71875 − 4 = 2.0390625 − 4 < 0 → T = 0
                point("2020-05", 0.0, 0.0, 8.0, 1, 1, 0, 0, 0),
                // Jun: C = 0.4 (the 0.0 event adds to neither) → T = 0 + 0.4 = 0.4
                point("2020-06", 0.4, 0.4, 0.0, 2, 2, 0, 0, 0),
                // Jul: nothing                      → T = 0.75·0.4 = 0.3
                empty("2020-07", 0.3));
        // T ≥ 8 in January only: one episode, opened by the first conflict of January (event 1).
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), false));
        assertThat(series.from()).isEqualTo(ym("2020-01"));
        assertThat(series.to()).isEqualTo(ym("2020-07"));
        assertThat(series.granularity()).isEqualTo(Granularity.MONTH);
    }

    @Test
    void anEpisodeRunsWhileTIsAtLeastEightAndPeaksAtTheFirstHighestMonth() {
        List<PairEvent> events = new ArrayList<>(List.of(
                // January 2021: C = 2 + 8 + 0.4 = 10.4, K = 1 → T = 10.4 − 0.5 = 9.9 ≥ 8: the episode opens
                ev(10, "2021-01-01", 10, 1.0, Q1),
                ev(11, "2021-01-20", 2, -2.0, Q3),
                ev(12, "2021-01-12", 5, -8.0, Q4),
                ev(13, "2021-01-12", 4, -0.4, Q1),
                // February: C = 5 → T = 0.75·9.9 + 5 = 7.425 + 5 = 12.425 (the peak)
                ev(14, "2021-02-03", 14, -5.0, Q3),
                // March: C = 2 → T = 0.75·12.425 + 2 = 9.31875 + 2 = 11.31875
                ev(15, "2021-03-03", 15, -2.0, Q3),
                // April: C = 3.9359375 → T = 0.75·11.31875 + 3.9359375 = 8.4890625 + 3.9359375 = 12.425 again
                ev(16, "2021-04-03", 16, -3.9359375, Q3)));
        // May: nothing → T = 0.75·12.425 = 9.31875; June: → 6.9890625 < 8: the episode ended in May.
        Collections.reverse(events);

        TensionSeries series = TensionSeries.compute(events, ym("2021-01"), ym("2021-12"), Granularity.MONTH);

        assertThat(series.points()).extracting(TensionPoint::tension).startsWith(9.9, 12.425, 11.319, 12.425, 9.319, 6.989);
        // The peak is February, the first month reaching 12.425 (April reaches it again).
        // The opener is the first conflict of January by date, then position: event 13 (Jan 12,
        // position 4) comes before event 12 (Jan 12, position 5) and event 11 (Jan 20, position 2);
        // event 10 is earlier still but is cooperation.
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2021-01"), ym("2021-05"), ym("2021-02"), 12.425, id(13), false));
    }

    @Test
    void anEpisodeStillGoingOnAtToEndsThereAndIsOpen() {
        List<PairEvent> events = List.of(ev(1, "2020-01-10", -8.0, Q4), ev(2, "2020-03-10", -8.0, Q4));
        // Jan: C = 8 → T = 8.0 (exactly the threshold: an episode); Feb: → 6.0 (it ends in January);
        // Mar: C = 8 → T = 0.75·6 + 8 = 4.5 + 8 = 12.5 (a new one, still going on at to = March)
        assertThat(TensionSeries.compute(events, ym("2020-01"), ym("2020-03"), Granularity.MONTH).episodes())
                .containsExactly(
                        new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 8.0, id(1), false),
                        new Episode(ym("2020-03"), ym("2020-03"), ym("2020-03"), 12.5, id(2), true));
        // Apr: → 0.75·12.5 = 9.375 ≥ 8: with to = April it is open and ends in April
        assertThat(TensionSeries.compute(events, ym("2020-01"), ym("2020-04"), Granularity.MONTH).episodes())
                .last().isEqualTo(new Episode(ym("2020-03"), ym("2020-04"), ym("2020-03"), 12.5, id(2), true));
        // May: → 0.75·9.375 = 7.03125 < 8: with to = May it ended in April and is closed
        assertThat(TensionSeries.compute(events, ym("2020-01"), ym("2020-05"), Granularity.MONTH).episodes())
                .last().isEqualTo(new Episode(ym("2020-03"), ym("2020-04"), ym("2020-03"), 12.5, id(2), false));
    }

    @Test
    void justBelowTheThresholdIsNoEpisode() {
        // Jan: C = 7.9 → T = 7.9 < 8
        TensionSeries series = TensionSeries.compute(List.of(ev(1, "2020-01-10", -7.9, Q4)),
                ym("2020-01"), ym("2020-02"), Granularity.MONTH);
        assertThat(series.points()).extracting(TensionPoint::tension).containsExactly(7.9, 5.925);
        assertThat(series.episodes()).isEmpty();
    }

    @Test
    void theThresholdIsComparedExactlyNotInBinaryFloatingPoint() {
        // Jan: C = 9.6 → T = 9.6; Feb: C = 0.8 → T = 0.75·9.6 + 0.8 = 7.2 + 0.8 = 8.0 exactly, still ≥ 8.
        // (In doubles 0.75*9.6 + 0.8 is 7.999999999999999 and the episode would end in January.)
        TensionSeries series = TensionSeries.compute(
                List.of(ev(1, "2020-01-10", -9.6, Q4), ev(2, "2020-02-10", -0.8, Q3)),
                ym("2020-01"), ym("2020-03"), Granularity.MONTH);
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-02"), ym("2020-01"), 9.6, id(1), false));
        assertThat(series.points()).extracting(TensionPoint::tension).containsExactly(9.6, 8.0, 6.0);
    }

    @Test
    void aLaterFromKeepsTheTensionBuiltUpBeforeIt() {
        List<PairEvent> events = List.of(
                ev(1, "2019-06-10", -10.0, Q4),   // Jun 2019: T = 10 (an episode of June 2019 alone)
                ev(2, "2019-07-01", 10.0, Q2),    // Jul 2019: K = 20 → 0.75·10 − 10 = −2.5 → T = 0
                ev(3, "2019-07-02", 10.0, Q2),
                ev(4, "2020-01-10", -8.0, Q4),    // Jan 2020: C = 16 → T = 0 + 16 = 16
                ev(5, "2020-01-11", -8.0, Q4));   // Feb: 12; Mar: 9; Apr: 6.75

        TensionSeries late = TensionSeries.compute(events, ym("2020-03"), ym("2020-04"), Granularity.MONTH);

        // Only March and April are reported, with the tension carried over from January.
        assertThat(late.points()).containsExactly(empty("2020-03", 9.0), empty("2020-04", 6.75));
        // The episode of January–March 2020 overlaps [March, April] and is reported whole;
        // the one of June 2019 does not overlap and is left out.
        assertThat(late.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-03"), ym("2020-01"), 16.0, id(4), false));

        TensionSeries whole = TensionSeries.compute(events, ym("2019-01"), ym("2020-04"), Granularity.MONTH);
        assertThat(whole.points()).hasSize(16).endsWith(late.points().toArray(TensionPoint[]::new));
        assertThat(whole.episodes()).containsExactly(
                new Episode(ym("2019-06"), ym("2019-06"), ym("2019-06"), 10.0, id(1), false),
                late.episodes().get(0));
    }

    @Test
    void aQuarterTakesItsLastMonthsTensionAndAddsUpTheRest() {
        List<PairEvent> events = List.of(
                ev(1, "2020-01-05", -8.0, Q4),   // Jan: C = 10 → T = 10
                ev(2, "2020-01-06", -2.0, Q3),
                ev(3, "2020-02-05", 4.0, Q1),    // Feb: K = 4 → 0.75·10 − 2 = 5.5
                                                 // Mar: → 0.75·5.5 = 4.125
                ev(4, "2020-04-05", -2.0, Q3),   // Apr: C = 2 → 0.75·4.125 + 2 = 3.09375 + 2 = 5.09375
                                                 // May: → 0.75·5.09375 = 3.8203125
                ev(5, "2020-06-05", 1.0, Q1),    // Jun: K = 2 → 0.75·3.8203125 − 1 = 2.865234375 − 1 = 1.865234375
                ev(6, "2020-06-06", 1.0, Q2));

        TensionSeries series = TensionSeries.compute(events, ym("2020-01"), ym("2020-06"), Granularity.QUARTER);

        assertThat(series.points()).containsExactly(
                // Q1: T of March = 4.125; C = 10; K = 4; 3 events: one Q1, one Q3, one Q4
                point("2020-Q1", 4.125, 10.0, 4.0, 3, 1, 0, 1, 1),
                // Q2: T of June = 1.865234375 → 1.865; C = 2; K = 2; 3 events: Q3, Q1, Q2
                point("2020-Q2", 1.865, 2.0, 2.0, 3, 1, 1, 1, 0));
        // Episodes come from the monthly series whatever the granularity: January's T = 10.
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), false));
    }

    @Test
    void aYearTakesDecembersTensionAndAddsUpTheRest() {
        List<PairEvent> events = List.of(
                ev(1, "2020-01-15", -10.0, Q4),  // Jan 2020: T = 10; Nov 2020: 10·0.75^10 = 0.5631351470947265625
                ev(2, "2020-12-01", -2.0, Q3),   // Dec 2020: 0.75·0.5631351470947265625 + 2 = 2.422351360321044921875
                                                 // Jan 2021: 1.81676352024078369140625; Feb: 1.3625726401805877685546875
                ev(3, "2021-03-02", -8.0, Q4),   // Mar 2021: C = 9 → 1.021929480135440826416015625 + 9
                ev(4, "2021-03-03", -1.0, Q3),   //           = 10.021929480135440826416015625; Apr: 7.5164… < 8
                ev(5, "2021-12-01", 10.0, Q2),   // Nov 2021: 10.0219…·0.75^8 = 1.0033…;
                ev(6, "2021-12-02", 10.0, Q2));  // Dec 2021: K = 20 → 0.75·1.0033… − 10 < 0 → T = 0

        TensionSeries series = TensionSeries.compute(events, ym("2020-01"), ym("2021-12"), Granularity.YEAR);

        assertThat(series.points()).containsExactly(
                point("2020", 2.422, 12.0, 0.0, 2, 0, 0, 1, 1),
                point("2021", 0.0, 9.0, 20.0, 4, 0, 2, 1, 1));
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), false),
                new Episode(ym("2021-03"), ym("2021-03"), ym("2021-03"), 10.022, id(3), false));
    }

    @Test
    void aPeriodCutByFromOrToCoversOnlyItsMonthsInsideTheRange() {
        List<PairEvent> events = List.of(
                ev(1, "2020-01-10", -10.0, Q4),  // Jan: T = 10 (before from: not reported, but carried)
                                                 // Feb: 7.5
                ev(2, "2020-03-10", -1.0, Q3));  // Mar: 0.75·7.5 + 1 = 5.625 + 1 = 6.625
                                                 // Apr: 0.75·6.625 = 4.96875 → 4.969
        TensionSeries series = TensionSeries.compute(events, ym("2020-02"), ym("2020-04"), Granularity.QUARTER);

        assertThat(series.points()).containsExactly(
                point("2020-Q1", 6.625, 1.0, 0.0, 1, 0, 0, 1, 0),
                empty("2020-Q2", 4.969));
        // The January episode ends before from.
        assertThat(series.episodes()).isEmpty();
    }

    @Test
    void eventsAfterToAreLeftOutAndARepeatedEventCountsOnce() {
        PairEvent january = ev(1, "2020-01-10", -10.0, Q4);
        List<PairEvent> events = List.of(january, january, ev(2, "2020-02-10", -10.0, Q4));

        TensionSeries series = TensionSeries.compute(events, ym("2020-01"), ym("2020-01"), Granularity.MONTH);

        // Jan: C = 10 (event 1 once) → T = 10; February's event is after to.
        assertThat(series.points()).containsExactly(point("2020-01", 10.0, 10.0, 0.0, 1, 0, 0, 0, 1));
        assertThat(series.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), true));
    }

    @Test
    void weightsAddUpExactly() {
        // Three CRITICAL statements: C = 0.4 + 0.4 + 0.4 = 1.2 (not 1.2000000000000002)
        List<PairEvent> events = List.of(
                ev(1, "2020-01-01", -0.4, Q1), ev(2, "2020-01-02", -0.4, Q1), ev(3, "2020-01-03", -0.4, Q1));
        assertThat(TensionSeries.compute(events, ym("2020-01"), ym("2020-01"), Granularity.MONTH).points())
                .containsExactly(point("2020-01", 1.2, 1.2, 0.0, 3, 3, 0, 0, 0));
    }

    @Test
    void withoutEventsEveryPointIsZero() {
        TensionSeries series = TensionSeries.compute(List.of(), ym("2020-11"), ym("2021-01"), Granularity.MONTH);
        assertThat(series.points()).containsExactly(empty("2020-11", 0.0), empty("2020-12", 0.0), empty("2021-01", 0.0));
        assertThat(series.episodes()).isEmpty();
    }

    @Test
    void fromMayNotBeAfterTo() {
        assertThatThrownBy(() -> TensionSeries.compute(List.of(), ym("2020-02"), ym("2020-01"), Granularity.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-02");
    }

    @Test
    void periodsAreLabelledByGranularity() {
        assertThat(Granularity.MONTH.label(ym("2010-09"))).isEqualTo("2010-09");
        assertThat(Granularity.QUARTER.label(ym("2010-09"))).isEqualTo("2010-Q3");
        assertThat(Granularity.QUARTER.label(ym("2010-01"))).isEqualTo("2010-Q1");
        assertThat(Granularity.QUARTER.label(ym("2010-12"))).isEqualTo("2010-Q4");
        assertThat(Granularity.YEAR.label(ym("2010-09"))).isEqualTo("2010");
        assertThat(Granularity.parse("quarter")).isEqualTo(Granularity.QUARTER);
        assertThatThrownBy(() -> Granularity.parse("week")).isInstanceOf(IllegalArgumentException.class);
    }
}
