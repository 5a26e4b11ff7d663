package org.escalationtimeline.query.view;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The escalation timeline of an unordered pair {A, B} (DESIGN §6): its points at the requested
 * granularity and its escalation episodes.
 *
 * <p>Per month m, with C_m the sum of |weight| of the conflict events (weight &lt; 0) of m and K_m
 * the sum of the weights of its cooperation events (weight &gt; 0):
 * <pre>T_m = max(0, {@value #DECAY}·T_(m−1) + C_m − {@value #COOPERATION_FACTOR}·K_m),  T before the first month = 0</pre>
 * The recurrence starts at the earliest month that has an event, or at {@code from} if that is
 * earlier, so a later {@code from} does not forget earlier tension. Events after {@code to} are
 * left out. Episodes are found on the monthly series whatever the granularity.
 *
 * @param from        the first month of the points
 * @param to          the last month of the points
 * @param granularity the period of a point
 * @param points      one per period of [from, to], oldest first (a period cut by from or to covers
 *                    only its months inside the range)
 * @param episodes    the episodes that overlap [from, to], oldest first
 */
public record TensionSeries(YearMonth from, YearMonth to, Granularity granularity, List<TensionPoint> points,
                            List<Episode> episodes) {

    /** An episode is a run of months with T at or above this. */
    public static final double EPISODE_THRESHOLD = 8.0;
    /** The share of last month's tension that carries over. */
    public static final double DECAY = 0.75;
    /** How much a unit of cooperation takes off the tension. */
    public static final double COOPERATION_FACTOR = 0.5;

    private static final BigDecimal THRESHOLD = Reported.decimal(EPISODE_THRESHOLD);
    private static final BigDecimal CARRY = Reported.decimal(DECAY);
    private static final BigDecimal RELIEF = Reported.decimal(COOPERATION_FACTOR);

    public TensionSeries {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        points = List.copyOf(points);
        episodes = List.copyOf(episodes);
    }

    /**
     * The timeline of one pair.
     *
     * @param events every event that joins the pair, each once (a repeated event id counts once);
     *               any order
     */
    public static TensionSeries compute(List<PairEvent> events, YearMonth from, YearMonth to,
                                        Granularity granularity) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<Month> months = monthly(events, from, to);
        return new TensionSeries(from, to, granularity, points(months, from, granularity),
                episodes(months, from, to));
    }

    /** The monthly series from the first month of the recurrence to {@code to}. */
    private static List<Month> monthly(List<PairEvent> events, YearMonth from, YearMonth to) {
        Map<UUID, PairEvent> once = new LinkedHashMap<>();
        events.stream().sorted(PairEvent.ORDER).forEach(e -> once.putIfAbsent(e.eventId(), e));
        List<PairEvent> ordered = once.values().stream()
                .filter(e -> !YearMonth.from(e.date()).isAfter(to))
                .sorted(PairEvent.ORDER)
                .toList();

        YearMonth start = from;
        if (!ordered.isEmpty() && YearMonth.from(ordered.get(0).date()).isBefore(from)) {
            start = YearMonth.from(ordered.get(0).date());
        }
        Map<YearMonth, Month> byMonth = new LinkedHashMap<>();
        for (YearMonth m = start; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new Month(m));
        }
        for (PairEvent event : ordered) {
            byMonth.get(YearMonth.from(event.date())).add(event);
        }
        List<Month> months = new ArrayList<>(byMonth.values());
        BigDecimal previous = BigDecimal.ZERO;
        for (Month month : months) {
            month.tension = recurrence(previous, month.conflict, month.cooperation);
            previous = month.tension;
        }
        return months;
    }

    /** T_m = max(0, 0.75·T_(m−1) + C_m − 0.5·K_m). */
    static BigDecimal recurrence(BigDecimal previous, BigDecimal conflict, BigDecimal cooperation) {
        BigDecimal t = CARRY.multiply(previous, Reported.MATH)
                .add(conflict, Reported.MATH)
                .subtract(RELIEF.multiply(cooperation, Reported.MATH), Reported.MATH);
        return t.signum() < 0 ? BigDecimal.ZERO : t;
    }

    private static List<TensionPoint> points(List<Month> months, YearMonth from, Granularity granularity) {
        List<TensionPoint> points = new ArrayList<>();
        Period current = null;
        for (Month month : months) {
            if (month.month.isBefore(from)) {
                continue;
            }
            String label = granularity.label(month.month);
            if (current == null || !current.label.equals(label)) {
                if (current != null) {
                    points.add(current.point());
                }
                current = new Period(label);
            }
            current.add(month);
        }
        if (current != null) {
            points.add(current.point());
        }
        return points;
    }

    private static List<Episode> episodes(List<Month> months, YearMonth from, YearMonth to) {
        List<Episode> episodes = new ArrayList<>();
        Run run = null;
        for (Month month : months) {
            if (month.tension.compareTo(THRESHOLD) >= 0) {
                if (run == null) {
                    run = new Run(month);
                } else {
                    run.extend(month);
                }
            } else if (run != null) {
                episodes.add(run.episode(false));
                run = null;
            }
        }
        if (run != null) {
            episodes.add(run.episode(true));
        }
        return episodes.stream().filter(e -> !e.end().isBefore(from) && !e.start().isAfter(to)).toList();
    }

    /** One month of the recurrence: its sums, counts and T. */
    private static final class Month {
        final YearMonth month;
        BigDecimal conflict = BigDecimal.ZERO;
        BigDecimal cooperation = BigDecimal.ZERO;
        BigDecimal tension = BigDecimal.ZERO;
        final List<PairEvent> events = new ArrayList<>();
        UUID firstConflict;

        Month(YearMonth month) {
            this.month = month;
        }

        /** Events arrive in (date, position) order. */
        void add(PairEvent event) {
            events.add(event);
            if (event.conflict()) {
                conflict = conflict.add(Reported.decimal(event.goldstein()).abs(), Reported.MATH);
                if (firstConflict == null) {
                    firstConflict = event.eventId();
                }
            } else if (event.cooperation()) {
                cooperation = cooperation.add(Reported.decimal(event.goldstein()), Reported.MATH);
            }
        }
    }

    /** The months of one point: counts and sums add up, the tension is the last month's. */
    private static final class Period {
        final String label;
        BigDecimal tension = BigDecimal.ZERO;
        BigDecimal conflict = BigDecimal.ZERO;
        BigDecimal cooperation = BigDecimal.ZERO;
        final List<PairEvent> events = new ArrayList<>();

        Period(String label) {
            this.label = label;
        }

        void add(Month month) {
            tension = month.tension;
            conflict = conflict.add(month.conflict, Reported.MATH);
            cooperation = cooperation.add(month.cooperation, Reported.MATH);
            events.addAll(month.events);
        }

        TensionPoint point() {
            return new TensionPoint(label, Reported.number(tension), Reported.number(conflict),
                    Reported.number(cooperation), events.size(), Reported.quadClasses(events, PairEvent::quadClass));
        }
    }

    /** A run of months at or above the threshold, being read. */
    private static final class Run {
        final YearMonth start;
        final UUID openedBy;
        YearMonth end;
        YearMonth peak;
        BigDecimal peakTension;

        Run(Month first) {
            start = first.month;
            end = first.month;
            peak = first.month;
            peakTension = first.tension;
            // T rises to the threshold from below only through C_m > 0: the first month has a conflict.
            openedBy = first.firstConflict;
        }

        void extend(Month month) {
            end = month.month;
            if (month.tension.compareTo(peakTension) > 0) {
                peak = month.month;
                peakTension = month.tension;
            }
        }

        Episode episode(boolean open) {
            return new Episode(start, end, peak, Reported.number(peakTension), openedBy, open);
        }
    }
}
