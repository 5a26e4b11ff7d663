package org.escalationtimeline.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.escalationtimeline.api.InvalidValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the world with the precision the sources give it. "Last November" is the period
 * starting 2025-11-01 with precision MONTH. The first day of the period is the one that counts
 * for ordering and for asOf. Stored as reduced-precision ISO 8601: {@code 2026-01-06},
 * {@code 2025-11}, {@code 2025}; a year outside 0000 to 9999 is written as {@code java.time}
 * writes it ({@code +10000-01-01}, {@code -0001-01}) and reads back. Which dates a command may
 * carry is {@link WorldDates}' business: any date that could once be stored must still read.
 */
public record EventDate(LocalDate firstDay, DatePrecision precision) implements Comparable<EventDate> {

    /** A year of four digits, or of more with a sign, as {@code java.time} writes years. */
    private static final Pattern ISO =
            Pattern.compile("^(?<year>\\d{4}|[+-]\\d{4,9})(-(?<month>\\d{2})(-(?<day>\\d{2}))?)?$");
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
            case MONTH -> year(firstDay.getYear()) + String.format("-%02d", firstDay.getMonthValue());
            case YEAR -> year(firstDay.getYear());
        };
    }

    @JsonCreator
    public static EventDate parse(String text) {
        InvalidValue.require("date", text);
        Matcher iso = ISO.matcher(text);
        if (!iso.matches()) {
            throw new InvalidValue("date", "'" + text + "' is not an ISO date (2026-01-06, 2025-11 or 2025)");
        }
        try {
            int year = Integer.parseInt(iso.group("year"));
            if (iso.group("month") == null) {
                return new EventDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(iso.group("month"));
            if (iso.group("day") == null) {
                return new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return day(LocalDate.of(year, month, Integer.parseInt(iso.group("day"))));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidValue("date", "'" + text + "' is not an ISO date (2026-01-06, 2025-11 or 2025)");
        }
    }

    /**
     * A year as {@link LocalDate#toString()} writes it: four digits at least, a sign before and
     * after 0000 to 9999 ({@code YearMonth} and {@code Year} write no {@code +}, so they would not read back).
     */
    private static String year(int year) {
        String digits = String.format("%04d", Math.abs(year));
        return year < 0 ? "-" + digits : year > 9999 ? "+" + digits : digits;
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
