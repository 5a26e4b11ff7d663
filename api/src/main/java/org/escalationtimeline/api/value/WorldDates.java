package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;

import java.time.LocalDate;

/**
 * The range of world dates a command may carry: {@value #FIRST_TEXT} to {@value #LAST_TEXT}, for
 * every one of them (a development's {@code date}, a measure's {@code effectiveOn}, an easing's
 * {@code until}, a meeting's {@code plannedFor}, a correction's {@code date}, a source's
 * {@code publishedOn}). Wide enough for the history of any dispute and any announced plan; narrow
 * enough that every date has a four-digit year after year 0, which the ISO form, the SQL
 * {@code DATE} columns of the read model and the exports all hold alike (year 0 and the years
 * before it do not survive {@code java.sql.Date}; years past 9999 need a sign). Checked on the
 * command path only: a stored event keeps its date, whatever this range becomes.
 */
public final class WorldDates {

    static final String FIRST_TEXT = "1800-01-01";
    static final String LAST_TEXT = "2100-12-31";

    public static final LocalDate FIRST = LocalDate.parse(FIRST_TEXT);
    public static final LocalDate LAST = LocalDate.parse(LAST_TEXT);

    private WorldDates() {
    }

    /** The date itself if it lies in the range; null stays null (an optional date not given). */
    public static LocalDate within(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new InvalidValue(field, "'" + date + "' is outside " + FIRST + " to " + LAST);
        }
        return date;
    }

    /** The whole period of a vague date lies in the range: "1799-12" starts before 1800. */
    public static EventDate within(String field, EventDate date) {
        if (date != null && (date.firstDay().isBefore(FIRST) || date.lastDay().isAfter(LAST))) {
            throw new InvalidValue(field, "'" + date + "' is outside " + FIRST + " to " + LAST);
        }
        return date;
    }
}
