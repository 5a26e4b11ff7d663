package org.escalationtimeline.app.read;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.query.ActorPair;
import org.escalationtimeline.api.value.ActorCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads' query parameters, parsed so that a bad one is a 400 naming it. Cutoffs default to now. */
final class ReadParameters {

    /**
     * A read's dates have a four-digit year after year 0, what the read model's SQL dates hold: wider than the dates a
     * command may carry (WorldDates), so any cutoff after the record is fine. A knownAt beyond them is brought to them.
     */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_OF_LAST_DAY = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private ReadParameters() {
    }

    static LocalDate asOf(String value, Clock clock) {
        return value == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date("asOf", value);
    }

    static Instant knownAt(String value, Clock clock) {
        if (value == null) {
            return clock.instant();
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                // A date alone means the end of that day, UTC: what was known by then.
                instant = LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            } catch (DateTimeParseException notADate) {
                throw new InvalidValue("knownAt", "'" + value + "' is not an ISO instant such as 2026-01-10T12:00:00Z");
            }
        }
        // Nothing was recorded before year 1 nor after 9999: the answer there is the answer at the edge, which the
        // read model's epoch milliseconds and the store's text time stamps can still compare.
        if (instant.isBefore(FIRST_INSTANT)) {
            return FIRST_INSTANT;
        }
        return instant.isBefore(END_OF_LAST_DAY) ? instant : END_OF_LAST_DAY.minusMillis(1);
    }

    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(name, "'" + value + "' is not an ISO date such as 2026-01-10");
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new InvalidValue(name, "'" + value + "' is outside " + FIRST_DAY + " to " + LAST_DAY);
        }
        return date;
    }

    static ActorCode actor(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new ActorCode(value);
        } catch (InvalidValue e) {
            throw new InvalidValue(name, e.reason());
        }
    }

    static ActorPair pair(String value) {
        return value == null ? null : ActorPair.parse(value);
    }

    static Long position(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            long position = Long.parseLong(value);
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidValue(name, "'" + value + "' is not a position");
        }
    }

    static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 1 || limit > maxLimit) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidValue("limit", "must be a whole number from 1 to " + maxLimit);
        }
    }
}
