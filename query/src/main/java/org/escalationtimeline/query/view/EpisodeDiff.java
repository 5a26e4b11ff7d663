package org.escalationtimeline.query.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed in a pair's episodes between two cutoffs; episodes are matched by their first
 * month. Each list is oldest first.
 *
 * @param opened      episodes of {@code after} with no episode of the same start in {@code before}
 * @param closed      episodes open in {@code before} whose episode of the same start in
 *                    {@code after} is no longer open (as {@code after} reports it)
 * @param removed     episodes of {@code before} with no episode of the same start in {@code after}
 *                    (a record corrected or retracted in between; as {@code before} reported it)
 * @param peakChanges episodes in both whose peak month or peak tension differ
 */
public record EpisodeDiff(List<Episode> opened, List<Episode> closed, List<Episode> removed,
                          List<PeakChange> peakChanges) {

    public EpisodeDiff {
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        removed = List.copyOf(removed);
        peakChanges = List.copyOf(peakChanges);
    }

    public static EpisodeDiff between(TensionSeries before, TensionSeries after) {
        Map<YearMonth, Episode> was = byStart(before);
        Map<YearMonth, Episode> is = byStart(after);
        List<Episode> opened = new ArrayList<>();
        List<Episode> closed = new ArrayList<>();
        List<Episode> removed = new ArrayList<>();
        List<PeakChange> peaks = new ArrayList<>();
        for (Episode now : is.values()) {
            Episode then = was.get(now.start());
            if (then == null) {
                opened.add(now);
                continue;
            }
            if (then.open() && !now.open()) {
                closed.add(now);
            }
            if (!then.peak().equals(now.peak()) || Double.compare(then.peakTension(), now.peakTension()) != 0) {
                peaks.add(new PeakChange(now.start(), then.peak(), then.peakTension(), now.peak(), now.peakTension()));
            }
        }
        for (Episode then : was.values()) {
            if (!is.containsKey(then.start())) {
                removed.add(then);
            }
        }
        return new EpisodeDiff(opened, closed, removed, peaks);
    }

    private static Map<YearMonth, Episode> byStart(TensionSeries series) {
        Map<YearMonth, Episode> byStart = new TreeMap<>();
        series.episodes().forEach(e -> byStart.put(e.start(), e));
        return byStart;
    }
}
