package org.escalationtimeline.app.diffs;

import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/export/events.csv: RFC 4180 with a header row, GDELT-like columns, one row per
 * direction of a development. The scenario has three actors of its own, P, Q and R: a call among
 * all three (whose summary holds a comma, quotes and a line break), and a measure of P against Q
 * and R dated to the month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsCsvHttpTest extends ReadHttpTestBase {

    static final String HEADER = "GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code,Actor1Name,Actor2Code,Actor2Name,"
            + "EventCode,EventBaseCode,EventRootCode,QuadClass,GoldsteinScale,DATEADDED,SOURCEURL,"
            + "eventId,type,datePrecision,aggregateType,aggregateId,summary";
    // A summary is one line (no line break is accepted since issue 10); EventCsvTest quotes stored ones that have one.
    static final String SUMMARY = "Leaders talk, \"frankly\", for an hour";
    static final String URL = "https://example.org/call?ids=1,2";

    private String p;
    private String q;
    private String r;
    private Appended call;
    private Appended measure;

    @BeforeAll
    void scenario() {
        p = freshActor();
        q = freshActor();
        r = freshActor();
        call = write("/api/calls", obj("id", id("call"), "participants", arr(p, q, r), "date", "2024-07-01",
                "summary", SUMMARY, "sources", arr(source("Wire without a link", null), source("Paper", URL))));
        // Seen before the next write, so that the two are recorded at different instants.
        awaitProjected(call);
        measure = write("/api/measures", measure(id("quota"), p, "QUOTA", "2024-06-15", q, r)
                .put("datePrecision", "MONTH"));
        awaitProjected(measure);
    }

    @Test
    void theExportIsCsvWithAHeaderRowAndCrlfLineEnds() {
        Reply reply = get("/api/export/events.csv");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(reply.header("Content-Disposition")).isEqualTo("attachment; filename=\"events.csv\"");
        assertThat(reply.body()).startsWith(HEADER + "\r\n");
        assertThat(reply.body()).endsWith("\r\n");
        List<List<String>> records = parse(reply.body());
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(21));
    }

    @Test
    void aCallIsOneRowPerDirectionBetweenItsParticipants() {
        List<Map<String, String>> rows = rowsOf(get("/api/export/events.csv").body(), call);

        assertThat(rows).extracting(row -> row.get("Actor1Code") + ">" + row.get("Actor2Code")).containsExactly(
                p + ">" + q, p + ">" + r, q + ">" + p, q + ">" + r, r + ">" + p, r + ">" + q);
        Map<String, String> row = rows.get(0);
        assertThat(row.get("GLOBALEVENTID")).isEqualTo(String.valueOf(call.position()));
        assertThat(row.get("SQLDATE")).isEqualTo("20240701");
        assertThat(row.get("MonthYear")).isEqualTo("202407");
        assertThat(row.get("Year")).isEqualTo("2024");
        assertThat(row.get("Actor1Name")).isEqualTo("State " + p);
        assertThat(row.get("Actor2Name")).isEqualTo("State " + q);
        assertThat(row.get("EventCode")).isEqualTo("041");
        assertThat(row.get("EventBaseCode")).isEqualTo("041");
        assertThat(row.get("EventRootCode")).isEqualTo("04");
        assertThat(row.get("QuadClass")).isEqualTo("1");
        assertThat(row.get("GoldsteinScale")).isEqualTo("1.0");
        assertThat(row.get("DATEADDED")).isEqualTo(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .withZone(ZoneOffset.UTC).format(call.recordedAt()));
        assertThat(row.get("SOURCEURL")).as("the first source that has a URL").isEqualTo(URL);
        assertThat(row.get("eventId")).isEqualTo(call.eventId().toString());
        assertThat(row.get("type")).isEqualTo("CallHeld");
        assertThat(row.get("datePrecision")).isEqualTo("DAY");
        assertThat(row.get("aggregateType")).isEqualTo("call");
        assertThat(row.get("aggregateId")).isEqualTo(call.id());
        assertThat(row.get("summary")).isEqualTo(SUMMARY);
    }

    @Test
    void aSummaryWithACommaAndQuotesIsQuotedWithItsQuotesDoubled() {
        String body = get("/api/export/events.csv").body();

        assertThat(body).contains(",\"Leaders talk, \"\"frankly\"\", for an hour\"\r\n");
        assertThat(body).contains(",\"" + URL + "\",");
    }

    @Test
    void aMeasureIsOneRowPerTargetDatedToTheFirstDayOfItsMonth() {
        List<Map<String, String>> rows = rowsOf(get("/api/export/events.csv").body(), measure);

        assertThat(rows).extracting(row -> row.get("Actor1Code") + ">" + row.get("Actor2Code"))
                .containsExactly(p + ">" + q, p + ">" + r);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("SQLDATE")).isEqualTo("20240601");
            assertThat(row.get("datePrecision")).isEqualTo("MONTH");
            assertThat(row.get("EventCode")).isEqualTo("163");
            assertThat(row.get("EventRootCode")).isEqualTo("16");
            assertThat(row.get("QuadClass")).isEqualTo("4");
            assertThat(row.get("GoldsteinScale")).isEqualTo("-8.0");
            assertThat(row.get("type")).isEqualTo("MeasureAnnounced");
        });
    }

    @Test
    void filtersKeepTheDevelopmentsAndTheDirectionsTheyName() {
        String withPair = get("/api/export/events.csv?pair=" + q + "-" + p).body();
        assertThat(rowsOf(withPair, call)).extracting(row -> row.get("Actor1Code") + ">" + row.get("Actor2Code"))
                .containsExactly(p + ">" + q, q + ">" + p);
        assertThat(rowsOf(withPair, measure)).extracting(row -> row.get("Actor2Code")).containsExactly(q);

        String withActor = get("/api/export/events.csv?actor=" + r).body();
        assertThat(rowsOf(withActor, call)).extracting(row -> row.get("Actor1Code") + ">" + row.get("Actor2Code"))
                .containsExactly(p + ">" + r, q + ">" + r, r + ">" + p, r + ">" + q);
        assertThat(rows(withActor)).allSatisfy(row ->
                assertThat(List.of(row.get("Actor1Code"), row.get("Actor2Code"))).contains(r));

        String july = get("/api/export/events.csv?actor=" + p + "&from=2024-07-01&to=2024-07-31").body();
        assertThat(rows(july)).extracting(row -> row.get("eventId")).containsOnly(call.eventId().toString());

        String byType = get("/api/export/events.csv?actor=" + p + "&type=MeasureAnnounced").body();
        assertThat(rows(byType)).extracting(row -> row.get("eventId")).containsOnly(measure.eventId().toString());
    }

    @Test
    void cutoffsApply() {
        String beforeTheCall = get("/api/export/events.csv?actor=" + p + "&asOf=2024-06-30").body();
        assertThat(rows(beforeTheCall)).extracting(row -> row.get("eventId"))
                .containsOnly(measure.eventId().toString());

        String knownBeforeTheMeasure = get("/api/export/events.csv?actor=" + p + "&knownAt="
                + call.recordedAt()).body();
        assertThat(rows(knownBeforeTheMeasure)).extracting(row -> row.get("eventId"))
                .containsOnly(call.eventId().toString());

        String nothingYet = get("/api/export/events.csv?actor=" + p + "&asOf=2000-01-01").body();
        assertThat(nothingYet).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void badParametersAreProblemsNamingThemEvenWhenCsvIsAsked() {
        assertBadParameter(get("/api/export/events.csv?asOf=today"), "asOf");
        assertBadParameter(get("/api/export/events.csv?knownAt=now", "Accept", "text/csv"), "knownAt");
        assertBadParameter(get("/api/export/events.csv?actor=x"), "actor");
        assertBadParameter(get("/api/export/events.csv?pair=CHN"), "pair");
        assertBadParameter(get("/api/export/events.csv?from=2024-02-30"), "from");
        assertBadParameter(get("/api/export/events.csv?from=2024-02-01&to=2024-01-01"), "to");
    }

    // ---------------------------------------------------------------- reading CSV

    /** The rows of one development, in the order written. */
    static List<Map<String, String>> rowsOf(String csv, Appended development) {
        return rows(csv).stream().filter(row -> row.get("eventId").equals(development.eventId().toString())).toList();
    }

    /** Every row after the header, by column name. */
    static List<Map<String, String>> rows(String csv) {
        List<List<String>> records = parse(csv);
        List<String> header = records.get(0);
        assertThat(String.join(",", header)).isEqualTo(HEADER);
        return records.subList(1, records.size()).stream()
                .map(record -> IntStream.range(0, header.size()).boxed()
                        .collect(Collectors.toMap(header::get, record::get)))
                .toList();
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                assertThat(field.length()).as("a quote opens a field, at %s", i).isZero();
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("CR is followed by LF at %s", i).isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line feed outside quotes at %s", i).isNotEqualTo('\n');
                field.append(c);
            }
            i++;
        }
        assertThat(quoted).as("every quoted field is closed").isFalse();
        assertThat(record).as("the last record ends with CRLF").isEmpty();
        return records;
    }
}
