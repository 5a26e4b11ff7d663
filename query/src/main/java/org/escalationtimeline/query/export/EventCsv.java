package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The event list as CSV with GDELT-like columns (RFC 4180: comma-separated, CRLF line ends, a
 * field quoted when it holds a comma, a quote, CR or LF, its quotes doubled).
 *
 * <p>A row is one direction of a development, as GDELT codes one actor acting on another: from
 * the actor to each of its targets, or, for a call or a meeting (cooperation among equals), from
 * every participant to every other. The rows of one development share its GLOBALEVENTID (the
 * position) and its eventId. A development with no target has one row with empty Actor2 columns.
 *
 * <p>The file is opened in spreadsheets: a text cell that would start a formula is written behind a
 * single quote ({@link #neutralised}); the numbers this writer formats itself are left as they are.
 */
public final class EventCsv {

    /** The columns, in order: GDELT's names first, then this service's own. */
    public static final List<String> HEADER = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
            "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "DATEADDED", "SOURCEURL",
            "eventId", "type", "datePrecision", "aggregateType", "aggregateId", "summary");

    /**
     * The columns this writer formats as numbers itself, never from anyone's text; every other cell
     * is text and is {@linkplain #neutralised neutralised}, so a GoldsteinScale of -8.0 stays a number.
     */
    static final Set<String> NUMBERS = Set.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "QuadClass", "GoldsteinScale", "DATEADDED");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Aggregates whose developments join every participant to every other (DESIGN §5, direction). */
    static final Set<String> MUTUAL = Set.of("call", "meeting");

    private static final DateTimeFormatter DATE_ADDED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private EventCsv() {
    }

    /** One direction of a development: its source and its target (null when it has none). */
    public record Direction(ActorCode source, ActorCode target) {
    }

    /**
     * Which rows a filtered export keeps: with an actor, the directions it is part of; with a
     * pair, the directions between its two actors. Without either, every direction.
     */
    public record RowFilter(ActorCode actor, ActorPair pair) {

        public static final RowFilter ALL = new RowFilter(null, null);

        boolean keeps(Direction direction) {
            if (actor != null && !actor.equals(direction.source()) && !actor.equals(direction.target())) {
                return false;
            }
            return pair == null || (direction.target() != null
                    && Set.of(direction.source(), direction.target()).equals(Set.of(pair.first(), pair.second())));
        }
    }

    /** The directions of a development, in the order of its participants. */
    public static List<Direction> directions(EventEntry event) {
        List<ActorCode> parties = new ArrayList<>();
        parties.add(event.actor());
        event.targets().stream().filter(target -> !parties.contains(target)).forEach(parties::add);
        List<Direction> directions = new ArrayList<>();
        if (MUTUAL.contains(event.aggregate().type())) {
            for (ActorCode source : parties) {
                for (ActorCode target : parties) {
                    if (!source.equals(target)) {
                        directions.add(new Direction(source, target));
                    }
                }
            }
        } else {
            for (ActorCode target : parties.subList(1, parties.size())) {
                directions.add(new Direction(event.actor(), target));
            }
        }
        if (directions.isEmpty()) {
            directions.add(new Direction(event.actor(), null));
        }
        return directions;
    }

    /** The CSV lines (CRLF-terminated) of one development: one per kept direction. */
    public static List<String> lines(EventEntry event, Map<ActorCode, String> names, RowFilter filter) {
        List<String> lines = new ArrayList<>();
        for (Direction direction : directions(event)) {
            if (filter.keeps(direction)) {
                lines.add(line(row(event, direction, code -> names.getOrDefault(code, ""))));
            }
        }
        return lines;
    }

    /** The fields of one row, in the order of {@link #HEADER}, its text cells neutralised. */
    static List<String> row(EventEntry event, Direction direction, Function<ActorCode, String> name) {
        List<String> cells = cells(event, direction, name);
        List<String> row = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            row.add(NUMBERS.contains(HEADER.get(i)) ? cells.get(i) : neutralised(cells.get(i)));
        }
        return row;
    }

    private static List<String> cells(EventEntry event, Direction direction, Function<ActorCode, String> name) {
        LocalDate date = event.date();
        String code = event.cameo().code();
        return List.of(
                String.valueOf(event.position()),
                String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                String.format("%04d%02d", date.getYear(), date.getMonthValue()),
                String.format("%04d", date.getYear()),
                direction.source().value(),
                name.apply(direction.source()),
                direction.target() == null ? "" : direction.target().value(),
                direction.target() == null ? "" : name.apply(direction.target()),
                code,
                code.length() > 3 ? code.substring(0, 3) : code,
                code.substring(0, Math.min(2, code.length())),
                String.valueOf(event.cameo().quadClass()),
                String.valueOf(event.goldstein()),
                dateAdded(event.recordedAt()),
                firstUrl(event.sources()),
                event.eventId().toString(),
                event.type(),
                event.datePrecision().name(),
                event.aggregate().type(),
                event.aggregate().id(),
                event.summary());
    }

    /** The recording instant as GDELT 2.0 writes DATEADDED: YYYYMMDDHHMMSS, UTC. */
    static String dateAdded(Instant recordedAt) {
        return DATE_ADDED.format(recordedAt);
    }

    private static String firstUrl(List<Source> sources) {
        return sources.stream().map(Source::url).filter(url -> url != null && !url.isEmpty()).findFirst().orElse("");
    }

    /** One record: the fields escaped and joined by commas, ended by CRLF. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /**
     * A text cell as a spreadsheet cannot run it (OWASP, CSV injection): one that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a single quote in front, and is then
     * escaped as any field is. A leading tab is kept, not stripped: stripping would expose what follows.
     */
    static String neutralised(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A field as RFC 4180 writes it: quoted (its quotes doubled) when it holds a comma, a quote, CR or LF. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
