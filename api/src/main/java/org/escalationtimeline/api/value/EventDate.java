package org.escalationtimeline.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.escalationtimeline.api.InvalidValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A date of the world with the precision the sources give it. "Last November" is the period
 * starting 2025-11-01 with precision MONTH. The first day of the period is the one that counts
 * for ordering and for asOf. Stored as reduced-precision ISO 8601: {@code 2026-01-06},
 * {@code 2025-11}, {@code 2025}.
 */
public record EventDate(LocalDate firstDay, DatePrecision precision) implements Comparable<EventDate> {

    private static final Pattern ISO = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Comparator<EventDate> ORDER =
            Comparator.comparing(EventDate::firstDay).thenComparing(EventDate::precision);

    public EventDate {
        InvalidValue.require("date", firstDay);
        InvalidValue.require("datePrecision", precision);
        // A vague date is the start of its period, whatever day inside it the client named.
        firstDay = switch (precision) {
            case DAY -> firstDay;
            case MONTH -> firstDay.withDayOfMonth(1);
            case YEAR -> firstDay.withDayOfYear(1);
        };
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, DatePrecision.DAY);
    }

    public static EventDate day(String isoDay) {
        return day(LocalDate.parse(isoDay));
    }

    /** The last day of the period: the day itself, the month's or the year's last day. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
        };
    }

    /**
     * Whether a development dated this may follow one dated {@code previous} inside one
     * aggregate: this period must not end before the previous one starts. A vaguer date that
     * contains the previous one ("in October" after "on 9 October") is not running backwards.
     */
    public boolean mayFollow(EventDate previous) {
        return !lastDay().isBefore(previous.firstDay());
    }

    @JsonValue
    public String iso() {
        return switch (precision) {
            case DAY -> firstDay.toString();
            case MONTH -> YearMonth.from(firstDay).toString();
            case YEAR -> String.valueOf(firstDay.getYear());
        };
    }

    @JsonCreator
    public static EventDate parse(String text) {
        InvalidValue.require("date", text);
        if (!ISO.matcher(text).matches()) {
            throw new InvalidValue("date", "'" + text + "' is not an ISO date (2026-01-06, 2025-11 or 2025)");
        }
        try {
            return switch (text.length()) {
                case 4 -> new EventDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> new EventDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                default -> day(LocalDate.parse(text));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidValue("date", "'" + text + "' is not an ISO date (2026-01-06, 2025-11 or 2025)");
        }
    }

    @Override
    public int compareTo(EventDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
