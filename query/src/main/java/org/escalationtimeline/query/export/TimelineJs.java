package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.export.TimelineJsDocument.SlideBackground;
import org.escalationtimeline.query.export.TimelineJsDocument.SlideDate;
import org.escalationtimeline.query.export.TimelineJsDocument.Era;
import org.escalationtimeline.query.export.TimelineJsDocument.Slide;
import org.escalationtimeline.query.export.TimelineJsDocument.SlideText;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.TensionSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The escalation timeline of a pair as a TimelineJS 3 document: a title slide, one slide per
 * development joining the pair, dated as precisely as the development is (a MONTH date has no
 * day, a YEAR date only a year), and one era per escalation episode. Every text a client wrote is
 * HTML-escaped, since TimelineJS renders headlines and texts as HTML.
 */
public final class TimelineJs {

    /** The background of a conflict slide (weight below zero) and of a cooperation slide (above). */
    static final String CONFLICT_COLOR = "#f4dcdc";
    static final String COOPERATION_COLOR = "#dcefe0";

    private TimelineJs() {
    }

    /** What a slide's {@code group} (its row in the timeline) is. */
    public enum Grouping {
        /** The kind of record: Measure, Statement, Protest, Call, Meeting, Incident. */
        TYPE,
        /** The development's actor: CHN, JPN... */
        ACTOR
    }

    /**
     * @param names    actors' names by code; a code without a name stands for itself
     * @param events   the developments joining the pair at the cutoff, in any order (slides are by date, then position)
     * @param episodes the pair's escalation episodes at the cutoff, oldest first
     */
    public static TimelineJsDocument document(ActorPair pair, Map<ActorCode, String> names, Cutoff cutoff,
                                              List<EventEntry> events, List<Episode> episodes, Grouping grouping) {
        String first = names.getOrDefault(pair.first(), pair.first().value());
        String second = names.getOrDefault(pair.second(), pair.second().value());
        Slide title = new Slide(null, new SlideText(html(first + " – " + second),
                "<p>" + html("Developments between " + first + " (" + pair.first() + ") and " + second + " ("
                        + pair.second() + ") and their escalation episodes (runs of months with tension of at least "
                        + TensionSeries.EPISODE_THRESHOLD + "), as of " + cutoff.asOf() + ", as known at "
                        + cutoff.knownAt() + ": " + count(events.size(), "development") + " and "
                        + count(episodes.size(), "escalation episode") + ".") + "</p>"),
                null, null, null);
        List<Slide> slides = events.stream()
                .sorted((a, b) -> a.date().equals(b.date()) ? Long.compare(a.position(), b.position())
                        : a.date().compareTo(b.date()))
                .map(event -> slide(event, grouping))
                .toList();
        List<Era> eras = episodes.stream().map(episode -> era(episode, cutoff.asOf())).toList();
        return new TimelineJsDocument(title, slides, eras);
    }

    static Slide slide(EventEntry event, Grouping grouping) {
        String group = switch (grouping) {
            case TYPE -> capitalized(event.aggregate().type());
            case ACTOR -> event.actor().value();
        };
        String color = event.goldstein() < 0 ? CONFLICT_COLOR : event.goldstein() > 0 ? COOPERATION_COLOR : null;
        return new Slide(date(event), new SlideText(html(event.summary()), body(event)), group,
                color == null ? null : new SlideBackground(color), event.eventId().toString());
    }

    /** The development's date as precisely as it is known. */
    static SlideDate date(EventEntry event) {
        LocalDate day = event.date();
        return switch (event.datePrecision()) {
            case DAY -> new SlideDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            case MONTH -> new SlideDate(day.getYear(), day.getMonthValue(), null);
            case YEAR -> new SlideDate(day.getYear(), null, null);
        };
    }

    /**
     * An episode spans its first month to the end of its last; one still going on ends at asOf
     * when asOf falls in its last month.
     */
    static Era era(Episode episode, LocalDate asOf) {
        LocalDate end = episode.end().atEndOfMonth();
        if (episode.open() && asOf.isBefore(end) && !asOf.isBefore(episode.end().atDay(1))) {
            end = asOf;
        }
        String headline = "Escalation " + episode.start() + (episode.open() ? ", ongoing" : " to " + episode.end())
                + ": peak " + episode.peakTension() + " in " + episode.peak();
        return new Era(new SlideDate(episode.start().getYear(), episode.start().getMonthValue(), 1),
                new SlideDate(end.getYear(), end.getMonthValue(), end.getDayOfMonth()),
                new SlideText(html(headline), null));
    }

    /** Who did what to whom, its coding, and the sources as links. */
    private static String body(EventEntry event) {
        StringBuilder html = new StringBuilder("<p>");
        html.append(html(who(event))).append(" · ").append(html(label(event.type())))
                .append(" · CAMEO ").append(html(event.cameo().code())).append(' ').append(html(event.cameo().label()))
                .append(" · Goldstein ").append(event.goldstein() > 0 ? "+" : "").append(event.goldstein())
                .append("</p>");
        if (!event.sources().isEmpty()) {
            html.append("<p>Sources: ").append(event.sources().stream().map(TimelineJs::source)
                    .collect(Collectors.joining("; "))).append("</p>");
        }
        if (event.corrected() && event.correctedAt() != null) {
            html.append("<p>Corrected at ").append(event.correctedAt()).append(".</p>");
        }
        return html.toString();
    }

    private static String who(EventEntry event) {
        if (EventCsv.MUTUAL.contains(event.aggregate().type())) {
            List<String> parties = new ArrayList<>();
            parties.add(event.actor().value());
            event.targets().forEach(target -> parties.add(target.value()));
            return String.join(" ↔ ", parties);
        }
        return event.targets().isEmpty() ? event.actor().value()
                : event.actor() + " → " + event.targets().stream().map(ActorCode::value).collect(Collectors.joining(", "));
    }

    private static String source(Source source) {
        String name = html(source.publication());
        String dated = source.publishedOn() == null ? "" : ", " + source.publishedOn();
        if (source.url() == null) {
            return name + dated;
        }
        return "<a href=\"" + attribute(source.url()) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + name + "</a>"
                + dated;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code MeasureAnnounced} → {@code Measure announced}. */
    static String label(String type) {
        return type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).transform(TimelineJs::capitalized);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** Text as HTML: the characters that could open markup or an entity are escaped. */
    static String html(String text) {
        return escape(text, false);
    }

    /** Text as the value of a double-quoted HTML attribute. */
    static String attribute(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
