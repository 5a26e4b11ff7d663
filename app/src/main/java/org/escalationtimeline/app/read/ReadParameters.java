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

    private ReadParameters() {
    }

    static LocalDate asOf(String value, Clock clock) {
        return value == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date("asOf", value);
    }

    static Instant knownAt(String value, Clock clock) {
        if (value == null) {
            return clock.instant();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                // A date alone means the end of that day, UTC: what was known by then.
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            } catch (DateTimeParseException notADate) {
                throw new InvalidValue("knownAt", "'" + value + "' is not an ISO instant such as 2026-01-10T12:00:00Z");
            }
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(name, "'" + value + "' is not an ISO date such as 2026-01-10");
        }
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
