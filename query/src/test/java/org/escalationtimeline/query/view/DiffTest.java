package org.escalationtimeline.query.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escalationtimeline.query.view.TensionSeriesTest.ev;
import static org.escalationtimeline.query.view.TensionSeriesTest.id;
import static org.escalationtimeline.query.view.TensionSeriesTest.ym;

/** What changed between two cutoffs: postures, and episodes. */
class DiffTest {

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");

    static Stance stance(ActorCode actor, ActorCode toward, Posture posture) {
        return new Stance(actor, toward, posture, List.of(0, 0, 0, 0), 0.0, List.of(), List.of());
    }

    @Test
    void postureChangesIncludePairsThatAppearOrDisappear() {
        List<Stance> before = List.of(
                stance(USA, JPN, Posture.ENGAGING),     // gone after: ENGAGING → NEUTRAL
                stance(CHN, JPN, Posture.ENGAGING),     // ENGAGING → COERCING
                stance(JPN, CHN, Posture.PROTESTING),   // unchanged
                stance(CHN, USA, Posture.NEUTRAL));     // gone after, but NEUTRAL both ways
        List<Stance> after = List.of(
                stance(CHN, JPN, Posture.COERCING),
                stance(JPN, CHN, Posture.PROTESTING),
                stance(KOR, JPN, Posture.PROTESTING),   // new: NEUTRAL → PROTESTING
                stance(KOR, CHN, Posture.NEUTRAL));     // new, NEUTRAL both ways

        assertThat(StanceDiff.between(before, after).changes()).containsExactly(
                new PostureChange(CHN, JPN, Posture.ENGAGING, Posture.COERCING),
                new PostureChange(KOR, JPN, Posture.NEUTRAL, Posture.PROTESTING),
                new PostureChange(USA, JPN, Posture.ENGAGING, Posture.NEUTRAL));
        assertThat(StanceDiff.between(after, after).changes()).isEmpty();
    }

    @Test
    void aPairTwiceOnOneSideIsRefused() {
        List<Stance> twice = List.of(stance(CHN, JPN, Posture.COERCING), stance(CHN, JPN, Posture.NEUTRAL));
        assertThatThrownBy(() -> StanceDiff.between(twice, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The series of the pair as of the last day of {@code asOf}'s month, up to that month. */
    static TensionSeries asOf(List<PairEvent> events, String month) {
        YearMonth to = ym(month);
        LocalDate cutoff = to.atEndOfMonth();
        return TensionSeries.compute(events.stream().filter(e -> !e.date().isAfter(cutoff)).toList(),
                ym("2020-01"), to, Granularity.MONTH);
    }

    static final List<PairEvent> EVENTS = List.of(
            ev(1, "2020-01-15", -10.0, QuadClass.MATERIAL_CONFLICT),
            ev(2, "2020-03-05", -9.0, QuadClass.MATERIAL_CONFLICT),
            ev(3, "2020-03-20", 2.0, QuadClass.VERBAL_COOPERATION),
            ev(4, "2020-04-02", -10.0, QuadClass.MATERIAL_CONFLICT));

    @Test
    void anEpisodeOpensAndAnotherCloses() {
        // As of January: Jan C = 10 → T = 10, an episode open at to = January.
        TensionSeries january = asOf(EVENTS, "2020-01");
        assertThat(january.episodes()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), true));
        // As of March: Feb → 7.5 (January's episode closed); Mar C = 9, K = 2
        // → 0.75·7.5 + 9 − 1 = 5.625 + 8 = 13.625: a new episode, open at March.
        TensionSeries march = asOf(EVENTS, "2020-03");

        EpisodeDiff diff = EpisodeDiff.between(january, march);

        assertThat(diff.opened()).containsExactly(
                new Episode(ym("2020-03"), ym("2020-03"), ym("2020-03"), 13.625, id(2), true));
        assertThat(diff.closed()).containsExactly(
                new Episode(ym("2020-01"), ym("2020-01"), ym("2020-01"), 10.0, id(1), false));
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.peakChanges()).isEmpty();
    }

    @Test
    void aPeakThatMovesIsReported() {
        // As of April: Apr C = 10 → 0.75·13.625 + 10 = 10.21875 + 10 = 20.21875 → 20.219, a new peak.
        EpisodeDiff diff = EpisodeDiff.between(asOf(EVENTS, "2020-03"), asOf(EVENTS, "2020-04"));

        assertThat(diff.opened()).isEmpty();
        assertThat(diff.closed()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.peakChanges()).containsExactly(
                new PeakChange(ym("2020-03"), ym("2020-03"), 13.625, ym("2020-04"), 20.219));
    }

    @Test
    void anEpisodeWhoseEventsWereRetractedIsRemoved() {
        TensionSeries before = asOf(EVENTS, "2020-03");
        // The record of event 2 retracted: Mar C = 0, K = 2 → 0.75·7.5 − 1 = 4.625; no March episode.
        TensionSeries after = asOf(EVENTS.stream().filter(e -> !e.eventId().equals(id(2))).toList(), "2020-03");

        EpisodeDiff diff = EpisodeDiff.between(before, after);

        assertThat(diff.removed()).containsExactly(
                new Episode(ym("2020-03"), ym("2020-03"), ym("2020-03"), 13.625, id(2), true));
        assertThat(diff.opened()).isEmpty();
        assertThat(diff.closed()).isEmpty();
        assertThat(diff.peakChanges()).isEmpty();
    }

    @Test
    void nothingChangedIsAnEmptyDiff() {
        TensionSeries series = asOf(EVENTS, "2020-04");
        assertThat(EpisodeDiff.between(series, series))
                .isEqualTo(new EpisodeDiff(List.of(), List.of(), List.of(), List.of()));
    }
}
