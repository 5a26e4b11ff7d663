package org.escalationtimeline.query.export;

import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Event-list entries for the export tests, with what a test does not care about filled in. */
final class Entries {

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");
    static final Instant RECORDED = Instant.parse("2026-01-07T09:08:07.654Z");

    private Entries() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    static EventEntry entry(int n, String type, String aggregateType, String date, DatePrecision precision,
                            ActorCode actor, ActorCode... targets) {
        return new EventEntry(id(n), type, LocalDate.parse(date), precision, RECORDED, n, actor,
                Arrays.asList(targets), "Development " + n, List.of(new Source("Kyodo News",
                "https://english.kyodonews.net/news/" + n, LocalDate.parse("2026-01-07"))),
                new EventEntry.Cameo("163", "Impose embargo, boycott, or sanctions", 4), -8.0,
                new EventEntry.AggregateRef(aggregateType, aggregateType + "-" + n), false, null);
    }

    static EventEntry measure(int n, String date, ActorCode actor, ActorCode... targets) {
        return entry(n, "MeasureAnnounced", "measure", date, DatePrecision.DAY, actor, targets);
    }

    static EventEntry call(int n, String date, ActorCode... participants) {
        EventEntry e = entry(n, "CallHeld", "call", date, DatePrecision.DAY, participants[0],
                Arrays.copyOfRange(participants, 1, participants.length));
        return with(e, new EventEntry.Cameo("041", "Discuss by telephone", 1), 1.0);
    }

    static EventEntry with(EventEntry e, EventEntry.Cameo cameo, double goldstein) {
        return new EventEntry(e.eventId(), e.type(), e.date(), e.datePrecision(), e.recordedAt(), e.position(),
                e.actor(), e.targets(), e.summary(), e.sources(), cameo, goldstein, e.aggregate(), e.corrected(),
                e.correctedAt());
    }

    static EventEntry with(EventEntry e, String summary, List<Source> sources) {
        return new EventEntry(e.eventId(), e.type(), e.date(), e.datePrecision(), e.recordedAt(), e.position(),
                e.actor(), e.targets(), summary, sources, e.cameo(), e.goldstein(), e.aggregate(), e.corrected(),
                e.correctedAt());
    }

    static EventEntry corrected(EventEntry e, Instant at) {
        return new EventEntry(e.eventId(), e.type(), e.date(), e.datePrecision(), e.recordedAt(), e.position(),
                e.actor(), e.targets(), e.summary(), e.sources(), e.cameo(), e.goldstein(), e.aggregate(), true, at);
    }
}
