package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.Source;
import org.escalationtimeline.query.export.EventCsv.Direction;
import org.escalationtimeline.query.export.EventCsv.RowFilter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.query.export.Entries.CHN;
import static org.escalationtimeline.query.export.Entries.JPN;
import static org.escalationtimeline.query.export.Entries.KOR;
import static org.escalationtimeline.query.export.Entries.USA;
import static org.escalationtimeline.query.export.Entries.call;
import static org.escalationtimeline.query.export.Entries.entry;
import static org.escalationtimeline.query.export.Entries.measure;
import static org.escalationtimeline.query.export.Entries.with;

/** The CSV export's rows, directions and escaping, as plain functions. */
class EventCsvTest {

    static final Map<ActorCode, String> NAMES = Map.of(CHN, "China", JPN, "Japan", USA, "United States");

    @Test
    void theHeaderHasGdeltsColumnsThenTheServicesOwn() {
        assertThat(EventCsv.line(EventCsv.HEADER)).isEqualTo("GLOBALEVENTID,SQLDATE,MonthYear,Year,"
                + "Actor1Code,Actor1Name,Actor2Code,Actor2Name,EventCode,EventBaseCode,EventRootCode,QuadClass,"
                + "GoldsteinScale,DATEADDED,SOURCEURL,eventId,type,datePrecision,aggregateType,aggregateId,summary\r\n");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() {
        assertThat(EventCsv.field("plain text; with: punctuation")).isEqualTo("plain text; with: punctuation");
        assertThat(EventCsv.field("")).isEmpty();
        assertThat(EventCsv.field(null)).isEmpty();
        assertThat(EventCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(EventCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(EventCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventCsv.field("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(EventCsv.line(List.of("a", "b,c", "\"")))
                .isEqualTo("a,\"b,c\",\"\"\"\"\r\n");
    }

    @Test
    void aDirectedDevelopmentGoesFromItsActorToEachTarget() {
        assertThat(EventCsv.directions(measure(1, "2026-01-06", CHN, JPN, USA)))
                .containsExactly(new Direction(CHN, JPN), new Direction(CHN, USA));
    }

    @Test
    void aCallGoesFromEveryParticipantToEveryOther() {
        assertThat(EventCsv.directions(call(1, "2025-11-25", JPN, USA, KOR))).containsExactly(
                new Direction(JPN, USA), new Direction(JPN, KOR), new Direction(USA, JPN),
                new Direction(USA, KOR), new Direction(KOR, JPN), new Direction(KOR, USA));
        EventEntry meeting = entry(2, "MeetingHeld", "meeting", "2025-10-30", DatePrecision.DAY, USA, CHN);
        assertThat(EventCsv.directions(meeting)).containsExactly(new Direction(USA, CHN), new Direction(CHN, USA));
    }

    @Test
    void aDevelopmentWithNoTargetIsOneRowWithoutASecondActor() {
        EventEntry alone = entry(3, "IncidentRecorded", "incident", "2010-09-08", DatePrecision.DAY, JPN);
        assertThat(EventCsv.directions(alone)).containsExactly(new Direction(JPN, null));
        List<String> row = EventCsv.row(alone, EventCsv.directions(alone).get(0), NAMES::get);
        assertThat(row.get(6)).isEmpty();
        assertThat(row.get(7)).isEmpty();
    }

    @Test
    void aRowCarriesTheGdeltColumnsOfItsDevelopment() {
        EventEntry threat = with(measure(42, "2025-11-01", CHN, JPN),
                new EventEntry.Cameo("1312", "Threaten to boycott, embargo, or sanction", 3), -5.8);

        List<String> row = EventCsv.row(threat, new Direction(CHN, JPN), NAMES::get);

        assertThat(row).containsExactly("42", "20251101", "202511", "2025", "CHN", "China", "JPN", "Japan",
                "1312", "131", "13", "3", "-5.8", "20260107090807", "https://english.kyodonews.net/news/42",
                Entries.id(42).toString(), "MeasureAnnounced", "DAY", "measure", "measure-42", "Development 42");
    }

    @Test
    void codesKeepTheirLeadingZeros() {
        EventEntry statement = with(measure(5, "2026-01-10", JPN, CHN),
                new EventEntry.Cameo("010", "Make statement", 1), 0.0);

        List<String> row = EventCsv.row(statement, new Direction(JPN, CHN), NAMES::get);

        assertThat(row.subList(8, 13)).containsExactly("010", "010", "01", "1", "0.0");
    }

    @Test
    void aVagueDateIsWrittenAsTheFirstDayOfItsPeriod() {
        EventEntry month = entry(7, "StatementMade", "statement", "2025-11-01", DatePrecision.MONTH, JPN, CHN);
        EventEntry year = entry(8, "StatementMade", "statement", "2012-01-01", DatePrecision.YEAR, JPN, CHN);

        assertThat(EventCsv.row(month, new Direction(JPN, CHN), NAMES::get).subList(1, 4))
                .containsExactly("20251101", "202511", "2025");
        assertThat(EventCsv.row(month, new Direction(JPN, CHN), NAMES::get).get(17)).isEqualTo("MONTH");
        assertThat(EventCsv.row(year, new Direction(JPN, CHN), NAMES::get).subList(1, 4))
                .containsExactly("20120101", "201201", "2012");
    }

    @Test
    void theSourceUrlIsTheFirstSourceThatHasOne() {
        EventEntry sourced = with(measure(9, "2026-01-06", CHN, JPN), "s", List.of(
                new Source("Wire", null, null), new Source("Paper", "https://example.org/a", null),
                new Source("Other", "https://example.org/b", null)));
        EventEntry unsourced = with(measure(10, "2026-01-06", CHN, JPN), "s", List.of());

        assertThat(EventCsv.row(sourced, new Direction(CHN, JPN), NAMES::get).get(14)).isEqualTo("https://example.org/a");
        assertThat(EventCsv.row(unsourced, new Direction(CHN, JPN), NAMES::get).get(14)).isEmpty();
    }

    @Test
    void dateAddedIsTheRecordingInstantInUtc() {
        assertThat(EventCsv.dateAdded(Instant.parse("2026-01-07T23:59:58.999Z"))).isEqualTo("20260107235958");
    }

    @Test
    void aSummaryWithACommaAQuoteAndALineBreakSurvivesAsOneField() {
        EventEntry awkward = with(measure(11, "2026-01-06", CHN, JPN), "Beijing says \"no\", then\nsilence",
                List.of());

        List<String> lines = EventCsv.lines(awkward, NAMES, RowFilter.ALL);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).endsWith(",\"Beijing says \"\"no\"\", then\nsilence\"\r\n");
    }

    /** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): =, +, -, @, tab, CR. */
    static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "\t", "\r");

    @Test
    void aSummaryThatStartsLikeAFormulaIsWrittenAsTextBehindAQuote() {
        for (String start : FORMULA_STARTS) {
            String summary = start + "HYPERLINK(\"https://evil.example\")";
            EventEntry event = with(measure(14, "2026-01-06", CHN, JPN), summary, List.of());

            List<String> row = EventCsv.row(event, new Direction(CHN, JPN), NAMES::get);

            assertThat(row.get(20)).as("summary starting with %s", escaped(start)).isEqualTo("'" + summary);
            assertThat(EventCsv.line(row)).as("its line").endsWith(",\"'" + summary.replace("\"", "\"\"") + "\"\r\n");
        }
    }

    @Test
    void anActorNameThatStartsLikeAFormulaIsWrittenAsTextBehindAQuote() {
        for (String start : FORMULA_STARTS) {
            String name = start + "SUM(A1:A9)";
            Map<ActorCode, String> names = Map.of(CHN, name, JPN, "Japan");

            List<String> row = EventCsv.row(measure(15, "2026-01-06", CHN, JPN), new Direction(CHN, JPN), names::get);
            List<String> reversed = EventCsv.row(measure(15, "2026-01-06", JPN, CHN), new Direction(JPN, CHN),
                    names::get);

            assertThat(row.get(5)).as("Actor1Name starting with %s", escaped(start)).isEqualTo("'" + name);
            assertThat(reversed.get(7)).as("Actor2Name starting with %s", escaped(start)).isEqualTo("'" + name);
        }
    }

    @Test
    void aQuoteIsAddedOnlyAtTheStartAndALeadingTabIsKept() {
        assertThat(EventCsv.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(EventCsv.neutralised("a=b-c+d@e")).isEqualTo("a=b-c+d@e");
        assertThat(EventCsv.neutralised(" =1")).as("a leading space is not read as a formula").isEqualTo(" =1");
        assertThat(EventCsv.neutralised("")).isEmpty();
    }

    @Test
    void numbersTheWriterFormatsKeepTheirMinusSign() {
        EventEntry sanction = with(measure(16, "2026-01-06", CHN, JPN),
                new EventEntry.Cameo("163", "Impose embargo, boycott, or sanctions", 4), -8.0);

        List<String> row = EventCsv.row(sanction, new Direction(CHN, JPN), NAMES::get);

        assertThat(row.get(12)).isEqualTo("-8.0");
        assertThat(EventCsv.line(row)).contains(",4,-8.0,");
    }

    private static String escaped(String start) {
        return start.replace("\t", "TAB").replace("\r", "CR");
    }

    @Test
    void filtersKeepTheDirectionsTheyName() {
        EventEntry talks = call(12, "2025-11-25", JPN, USA, KOR);

        assertThat(EventCsv.lines(talks, NAMES, RowFilter.ALL)).hasSize(6);
        assertThat(EventCsv.lines(talks, NAMES, new RowFilter(KOR, null)))
                .extracting(line -> line.split(",")[4] + ">" + line.split(",")[6])
                .containsExactly("JPN>KOR", "USA>KOR", "KOR>JPN", "KOR>USA");
        assertThat(EventCsv.lines(talks, NAMES, new RowFilter(null, ActorPair.parse("USA-JPN"))))
                .extracting(line -> line.split(",")[4] + ">" + line.split(",")[6])
                .containsExactly("JPN>USA", "USA>JPN");
        assertThat(EventCsv.lines(talks, NAMES, new RowFilter(null, ActorPair.parse("CHN-JPN")))).isEmpty();
    }

    @Test
    void anUnnamedActorHasAnEmptyName() {
        List<String> lines = EventCsv.lines(measure(13, "2026-01-06", CHN, KOR), NAMES, RowFilter.ALL);

        assertThat(lines.get(0).split(",", -1)[7]).isEmpty();
    }
}
