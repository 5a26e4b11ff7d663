package org.escalationtimeline.api.value;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.correction.CorrectRecord;
import org.escalationtimeline.api.measure.EaseMeasure;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureTerms;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.ScheduleMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorldDatesTest {

    private static final UUID EVENT_ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final ActorCode CHN = new ActorCode("CHN");
    private static final ActorCode JPN = new ActorCode("JPN");

    private static Report report(String date) {
        return new Report(EVENT_ID, EventDate.parse(date), "A development", List.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1800-01-01", "1800-01", "1800", "2100-12-31", "2100-12", "2100"})
    void aCommandMayCarryAnyDateFrom1800To2100(String date) {
        assertDoesNotThrow(() -> report(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1799-12-31", "1799-12", "1799", "2101-01-01", "2101", "0000-01-01", "-0001-01-01",
            "+10000-01-01"})
    void aReportDatedOutsideTheRangeIsRefusedNamingTheDate(String date) {
        assertEquals("date", assertThrows(InvalidValue.class, () -> report(date)).field());
    }

    @Test
    void everyOtherDateOfACommandIsInTheRangeToo() {
        LocalDate tooLate = LocalDate.parse("2101-01-01");
        assertAll(
                () -> assertRefused("effectiveOn", () -> new MeasureTerms(CHN, List.of(JPN), MeasureKind.TARIFF,
                        List.of(), tooLate)),
                () -> assertRefused("until", () -> new EaseMeasure("measure-1", false, tooLate, report("2026-01-06"),
                        null)),
                () -> assertRefused("plannedFor", () -> new ScheduleMeeting("meeting-1",
                        new Arrangement(MeetingKind.SUMMIT, List.of(CHN, JPN), null), EventDate.parse("2101-01"),
                        report("2026-01-06"))),
                () -> assertRefused("date", () -> new CorrectRecord(EVENT_ID, UUID.randomUUID(),
                        EventDate.parse("1799-12"), null, null, "wrong year", null)),
                () -> assertRefused("sources[0].publishedOn", () -> new Report(EVENT_ID, EventDate.parse("2026-01-06"),
                        "A development", List.of(new Source("Kyodo", null, tooLate)), null)));
    }

    private static void assertRefused(String field, Executable command) {
        assertEquals(field, assertThrows(InvalidValue.class, command).field());
    }
}
