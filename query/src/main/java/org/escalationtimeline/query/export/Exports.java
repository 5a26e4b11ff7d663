package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.read.ActorReader;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.read.EventReader;
import org.escalationtimeline.query.read.TimelineReader;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.TensionSeries;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The exports of the read side: a pair's timeline as a TimelineJS document, and the event list as
 * CSV. Both read the indexed read model at one cutoff, page by page in position order, as the
 * event list does; the CSV is written as each page is read, never held whole.
 */
@Component
public class Exports {

    /** Developments read per page. */
    static final int PAGE = 500;

    private final EventReader events;
    private final TimelineReader timelines;
    private final ActorReader actors;

    public Exports(EventReader events, TimelineReader timelines, ActorReader actors) {
        this.events = events;
        this.timelines = timelines;
        this.actors = actors;
    }

    /**
     * The TimelineJS document of a pair at a cutoff: every development joining it, and the episodes
     * of its tension series over [from, to] (read as {@code GET /api/timeline} reads them).
     */
    public TimelineJsDocument timelineJs(ActorPair pair, Cutoff cutoff, YearMonth from, YearMonth to,
                                         TimelineJs.Grouping grouping) {
        Selection query = new Selection(cutoff, null, pair, null, null, null);
        List<EventEntry> joining = new ArrayList<>();
        Long after = null;
        EventPage page;
        do {
            page = page(query, after);
            joining.addAll(page.items());
            after = page.next();
        } while (page.items().size() == PAGE); // every page has a next: a page not full is the last
        TensionSeries series = timelines.timeline(pair, cutoff, from, to, Granularity.MONTH);
        return TimelineJs.document(pair, names(cutoff), cutoff, joining, series.episodes(), grouping);
    }

    /**
     * Which developments an export holds, as the event list's filters select them.
     *
     * @param actor the actor is the source or a target (and rows are the directions it is part of)
     * @param pair  the development joins the two (and rows are the directions between them)
     * @param type  the event type, such as MeasureAnnounced
     * @param from  dated on or after this day
     * @param to    dated on or before this day
     */
    public record Selection(Cutoff cutoff, ActorCode actor, ActorPair pair, String type, LocalDate from,
                           LocalDate to) {

        public Selection {
            Objects.requireNonNull(cutoff, "cutoff");
        }
    }

    /** Writes the header, then the rows of each page as it is read, flushing after every page. */
    public void csv(Selection query, Writer out) throws IOException {
        Map<ActorCode, String> names = names(query.cutoff());
        EventCsv.RowFilter filter = new EventCsv.RowFilter(query.actor(), query.pair());
        out.write(EventCsv.line(EventCsv.HEADER));
        Long after = null;
        EventPage page;
        do {
            page = page(query, after);
            for (EventEntry event : page.items()) {
                for (String line : EventCsv.lines(event, names, filter)) {
                    out.write(line);
                }
            }
            out.flush();
            after = page.next();
        } while (page.items().size() == PAGE);
    }

    private EventPage page(Selection query, Long after) {
        return events.list(new ListEvents(query.cutoff().asOf(), query.cutoff().knownAt(), query.actor(), query.pair(),
                query.type(), query.from(), query.to(), after, PAGE));
    }

    private Map<ActorCode, String> names(Cutoff cutoff) {
        return actors.all(cutoff.knownAt()).stream().collect(Collectors.toMap(ActorView::code, ActorView::name));
    }
}
