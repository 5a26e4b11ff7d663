package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.EventPage;
import org.escalationtimeline.api.query.ListEvents;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.query.read.ActorReader;
import org.escalationtimeline.query.read.Cutoff;
import org.escalationtimeline.query.read.EventReader;
import org.escalationtimeline.query.read.TimelineReader;
import org.escalationtimeline.query.view.Episode;
import org.escalationtimeline.query.view.Granularity;
import org.escalationtimeline.query.view.TensionSeries;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.query.export.Entries.CHN;
import static org.escalationtimeline.query.export.Entries.JPN;
import static org.escalationtimeline.query.export.Entries.id;
import static org.escalationtimeline.query.export.Entries.measure;

/**
 * The exports page through the event list at one cutoff, as the event list pages: by position,
 * each page after the previous page's {@code next}. The CSV is written as each page is read.
 */
class ExportsTest {

    static final Cutoff CUTOFF = new Cutoff(LocalDate.parse("2026-01-10"), Instant.parse("2026-01-11T00:00:00Z"));

    /** An event list of {@code total} developments that records the queries it answers and what was written before each. */
    static final class PagedEvents extends EventReader {
        final List<ListEvents> queries = new ArrayList<>();
        final List<String> writtenBefore = new ArrayList<>();
        final int total;
        StringWriter out;

        PagedEvents(int total) {
            super(null, null, null);
            this.total = total;
        }

        @Override
        public EventPage list(ListEvents query) {
            queries.add(query);
            writtenBefore.add(out == null ? "" : out.toString());
            long after = query.after() == null ? 0 : query.after();
            List<EventEntry> items = new ArrayList<>();
            for (long position = after + 1; position <= total && items.size() < query.limit(); position++) {
                items.add(measure((int) position, "2026-01-06", CHN, JPN));
            }
            boolean more = after + items.size() < total;
            return new EventPage(items, more ? items.get(items.size() - 1).position() : Math.max(after, total));
        }
    }

    static final class Actors extends ActorReader {
        Actors() {
            super(null, null);
        }

        @Override
        public List<ActorView> all(Instant knownAt) {
            return List.of(new ActorView(CHN, "China", ActorKind.STATE, knownAt),
                    new ActorView(JPN, "Japan", ActorKind.STATE, knownAt));
        }
    }

    static final class Timelines extends TimelineReader {
        final List<Object[]> asked = new ArrayList<>();

        Timelines() {
            super(null);
        }

        @Override
        public TensionSeries timeline(ActorPair pair, Cutoff cutoff, YearMonth from, YearMonth to,
                                      Granularity granularity) {
            asked.add(new Object[]{pair, cutoff, from, to, granularity});
            return new TensionSeries(from, to, granularity, List.of(), List.of(new Episode(YearMonth.of(2026, 1),
                    YearMonth.of(2026, 1), YearMonth.of(2026, 1), 9.0, id(1), true)));
        }
    }

    @Test
    void theCsvIsWrittenPageByPageAtOneCutoff() throws Exception {
        int total = Exports.PAGE * 2 + 7;
        PagedEvents events = new PagedEvents(total);
        events.out = new StringWriter();
        Exports exports = new Exports(events, new Timelines(), new Actors());

        exports.csv(new Exports.Selection(CUTOFF, null, null, null, null, null), events.out);

        assertThat(events.queries).hasSize(3);
        assertThat(events.queries).extracting(ListEvents::after)
                .containsExactly(null, (long) Exports.PAGE, (long) Exports.PAGE * 2);
        assertThat(events.queries).allSatisfy(query -> {
            assertThat(query.asOf()).isEqualTo(CUTOFF.asOf());
            assertThat(query.knownAt()).isEqualTo(CUTOFF.knownAt());
            assertThat(query.limit()).isEqualTo(Exports.PAGE);
        });
        // Before the second page is read, the header and the first page's rows are out.
        assertThat(events.writtenBefore.get(1).split("\r\n")).hasSize(1 + Exports.PAGE);
        String[] lines = events.out.toString().split("\r\n");
        assertThat(lines).hasSize(1 + total);
        assertThat(lines[1]).startsWith("1,20260106,202601,2026,CHN,China,JPN,Japan,163,");
        assertThat(lines[total]).startsWith(total + ",");
    }

    @Test
    void theCsvPassesTheFiltersToTheEventList() throws Exception {
        PagedEvents events = new PagedEvents(0);
        Exports exports = new Exports(events, new Timelines(), new Actors());
        ActorPair pair = ActorPair.parse("CHN-JPN");
        StringWriter out = new StringWriter();

        exports.csv(new Exports.Selection(CUTOFF, ActorCode.of("CHN"), pair, "MeasureAnnounced",
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")), out);

        assertThat(out.toString()).isEqualTo(EventCsv.line(EventCsv.HEADER));
        ListEvents query = events.queries.get(0);
        assertThat(query.actor()).isEqualTo(ActorCode.of("CHN"));
        assertThat(query.pair()).isEqualTo(pair);
        assertThat(query.type()).isEqualTo("MeasureAnnounced");
        assertThat(query.from()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(query.to()).isEqualTo(LocalDate.parse("2025-12-31"));
    }

    @Test
    void theTimelineJsDocumentHoldsEveryPageOfThePairAndTheTimelinesEpisodes() {
        PagedEvents events = new PagedEvents(Exports.PAGE + 3);
        Timelines timelines = new Timelines();
        Exports exports = new Exports(events, timelines, new Actors());
        ActorPair pair = ActorPair.parse("CHN-JPN");

        TimelineJsDocument document = exports.timelineJs(pair, CUTOFF, YearMonth.of(2010, 1), YearMonth.of(2026, 12),
                TimelineJs.Grouping.TYPE);

        assertThat(document.events()).hasSize(Exports.PAGE + 3);
        assertThat(events.queries).hasSize(2).allSatisfy(query -> assertThat(query.pair()).isEqualTo(pair));
        assertThat(timelines.asked).hasSize(1);
        assertThat(timelines.asked.get(0)).containsExactly(pair, CUTOFF, YearMonth.of(2010, 1), YearMonth.of(2026, 12),
                Granularity.MONTH);
        assertThat(document.eras()).hasSize(1);
        assertThat(document.title().text().headline()).isEqualTo("China – Japan");
    }
}
