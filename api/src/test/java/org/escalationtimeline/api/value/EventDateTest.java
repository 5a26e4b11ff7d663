package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventDateTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
            "2026-01-06, DAY,   2026-01-06, 2026-01-06",
            "2025-11,    MONTH, 2025-11-01, 2025-11-30",
            "2024-02,    MONTH, 2024-02-01, 2024-02-29",
            "2025,       YEAR,  2025-01-01, 2025-12-31",
            "2024,       YEAR,  2024-01-01, 2024-12-31"})
    void aDateIsParsedWithItsPrecision(String text, DatePrecision precision, LocalDate firstDay, LocalDate lastDay) {
        EventDate date = EventDate.parse(text);
        assertEquals(precision, date.precision());
        assertEquals(firstDay, date.firstDay());
        assertEquals(lastDay, date.lastDay());
        assertEquals(text, date.iso());
        assertEquals(text, date.toString());
    }

    @Test
    void aMonthDateIsNormalisedToItsFirstDay() {
        EventDate lastNovember = new EventDate(LocalDate.parse("2025-11-17"), DatePrecision.MONTH);
        assertEquals(LocalDate.parse("2025-11-01"), lastNovember.firstDay());
        assertEquals(EventDate.parse("2025-11"), lastNovember);
        assertEquals("2025-11", lastNovember.iso());
    }

    @Test
    void aYearDateIsNormalisedToItsFirstDay() {
        EventDate year = new EventDate(LocalDate.parse("2025-07-04"), DatePrecision.YEAR);
        assertEquals(LocalDate.parse("2025-01-01"), year.firstDay());
        assertEquals(EventDate.parse("2025"), year);
    }

    @Test
    void aDayDateIsKeptAsItIs() {
        assertEquals(LocalDate.parse("2026-01-06"), EventDate.day("2026-01-06").firstDay());
        assertEquals(EventDate.parse("2026-01-06"), new EventDate(LocalDate.parse("2026-01-06"), DatePrecision.DAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2025-13", "2025-11-31", "2025-1-6", "06.01.2026", "yesterday", "abcd", "2025-11-06T10:00",
            "20251106"})
    void anythingElseIsRefusedNamingTheField(String text) {
        InvalidValue refused = assertThrows(InvalidValue.class, () -> EventDate.parse(text));
        assertEquals("date", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-123", "+202", "-001"})
    void aYearHasFourDigits(String text) {
        // Integer.parseInt accepts a sign: "-123" would otherwise become the year 123 BC.
        InvalidValue refused = assertThrows(InvalidValue.class, () -> EventDate.parse(text));
        assertEquals("date", refused.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "0000-01-01", "+10000-01", "-0001-12", "+10000", "-0001",
            "0000", "1799-12-31", "2101-01", "-10000-02-29"})
    void anyDateItAcceptsReadsBackFromItsStoredForm(String stored) {
        // Which dates a command may carry is WorldDates'; what was once stored must always read.
        EventDate date = EventDate.parse(stored);
        assertEquals(stored, date.iso());
        assertEquals(date, EventDate.parse(date.iso()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "0000-01-01"})
    void aDayJavaTimeCanHoldReadsBackInEveryPrecision(String day) {
        for (DatePrecision precision : DatePrecision.values()) {
            EventDate date = new EventDate(LocalDate.parse(day), precision);
            assertEquals(date, EventDate.parse(date.iso()), precision + " " + date.iso());
        }
    }

    @Test
    void theDateAndItsPrecisionAreRequired() {
        assertEquals("date", assertThrows(InvalidValue.class,
                () -> new EventDate(null, DatePrecision.DAY)).field());
        assertEquals("datePrecision", assertThrows(InvalidValue.class,
                () -> new EventDate(LocalDate.parse("2026-01-06"), null)).field());
    }

    @ParameterizedTest(name = "{0} may follow {1}: {2}")
    @CsvSource({
            "2026-01-06, 2026-01-06, true",
            "2026-01-07, 2026-01-06, true",
            "2026-01-05, 2026-01-06, false",
            // A vaguer date that contains the previous one is not running backwards.
            "2025-10,    2025-10-09, true",
            "2025,       2025-06-15, true",
            "2025,       2025-11,    true",
            // A day inside a month that was given vaguely before.
            "2025-10-15, 2025-10,    true",
            "2025-10-01, 2025-10,    true",
            "2025-09-30, 2025-10,    false",
            "2025-09,    2025-10-09, false",
            "2024,       2025-01-01, false",
            "2024-12-31, 2025,       false",
            "2025-12,    2025,       true"})
    void aDateMayFollowAnotherUnlessItEndsBeforeTheOtherStarts(String date, String previous, boolean mayFollow) {
        assertEquals(mayFollow, EventDate.parse(date).mayFollow(EventDate.parse(previous)));
    }

    @Test
    void datesAreOrderedByTheirFirstDayThenByPrecision() {
        List<EventDate> dates = new ArrayList<>(List.of(EventDate.parse("2025-11-02"), EventDate.parse("2025"),
                EventDate.parse("2025-11"), EventDate.parse("2025-11-01"), EventDate.parse("2024-12-31")));
        Collections.sort(dates);
        assertEquals(List.of(EventDate.parse("2024-12-31"), EventDate.parse("2025"), EventDate.parse("2025-11-01"),
                EventDate.parse("2025-11"), EventDate.parse("2025-11-02")), dates);
    }
}
