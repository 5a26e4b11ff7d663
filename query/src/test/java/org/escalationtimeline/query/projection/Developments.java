package org.escalationtimeline.query.projection;

import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.call.CallHeld;
import org.escalationtimeline.api.correction.RecordCorrected;
import org.escalationtimeline.api.correction.RecordRetracted;
import org.escalationtimeline.api.incident.IncidentRecorded;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestRejected;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.protest.ProtestUpheld;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.statement.RetractionDemanded;
import org.escalationtimeline.api.statement.RetractionRefused;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.statement.StatementRetracted;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Events as the write side appends them, for feeding the projection in tests. Each is coded with
 * the default CAMEO code of DESIGN §5 and that code's weight in the table (written next to each
 * builder, so tests can state their expected numbers by hand).
 */
public final class Developments {

    public static final Source REUTERS = new Source("Reuters", "https://www.reuters.com/world/example",
            LocalDate.parse("2026-01-07"));
    public static final Source XINHUA = new Source("Xinhua", "https://english.news.cn/example",
            LocalDate.parse("2026-01-10"));

    private Developments() {
    }

    /** Event ids that read well in failures: {@code 00000000-0000-0000-0000-0000000000nn}. */
    public static UUID id(int n) {
        return new UUID(0L, n);
    }

    public static ActorCode actor(String code) {
        return ActorCode.of(code);
    }

    static List<ActorCode> actors(String... codes) {
        return Arrays.stream(codes).map(ActorCode::of).toList();
    }

    /** A development dated on a day, with one source, coded with {@code cameo} and the table's weight. */
    public static Development development(UUID eventId, String day, String actor, List<String> targets, String summary,
                                          String cameo) {
        CameoCode code = new CameoCode(cameo);
        return new Development(eventId, EventDate.day(day), ActorCode.of(actor),
                targets.stream().map(ActorCode::of).toList(), summary, List.of(REUTERS), code, code.entry().goldstein());
    }

    public static ActorRegistered actorRegistered(UUID eventId, String code, String name) {
        return new ActorRegistered(eventId, ActorCode.of(code), name, ActorKind.STATE);
    }

    /** Code 1312, −5.8. */
    public static MeasureThreatened measureThreatened(UUID eventId, String measureId, String day, String actor,
                                                      List<String> targets, MeasureKind kind, List<String> items) {
        return new MeasureThreatened(measureId, kind, items, null,
                development(eventId, day, actor, targets, actor + " threatens " + kind, "1312"));
    }

    /** Code 163, −8.0 (an export ban or any other sanction). */
    public static MeasureAnnounced measureAnnounced(UUID eventId, String measureId, String day, String actor,
                                                    List<String> targets, MeasureKind kind, List<String> items) {
        return new MeasureAnnounced(measureId, kind, items, LocalDate.parse(day),
                development(eventId, day, actor, targets, actor + " imposes " + kind, "163"));
    }

    /** Code 163, −8.0. */
    public static MeasureTightened measureTightened(UUID eventId, String measureId, String day, String actor,
                                                    List<String> targets, List<String> addedItems) {
        return new MeasureTightened(measureId, addedItems,
                development(eventId, day, actor, targets, actor + " tightens " + measureId, "163"));
    }

    /** Code 081, +5.0. */
    public static MeasureEased measureEased(UUID eventId, String measureId, String day, String actor,
                                            List<String> targets, String until) {
        return new MeasureEased(measureId, until == null ? null : LocalDate.parse(until),
                development(eventId, day, actor, targets, actor + " eases " + measureId, "081"));
    }

    /** Code 081, +5.0. */
    public static MeasureSuspended measureSuspended(UUID eventId, String measureId, String day, String actor,
                                                    List<String> targets, String until) {
        return new MeasureSuspended(measureId, until == null ? null : LocalDate.parse(until),
                development(eventId, day, actor, targets, actor + " suspends " + measureId, "081"));
    }

    /** Code 085, +7.0. */
    public static MeasureLifted measureLifted(UUID eventId, String measureId, String day, String actor,
                                              List<String> targets) {
        return new MeasureLifted(measureId,
                development(eventId, day, actor, targets, actor + " lifts " + measureId, "085"));
    }

    /** HOSTILE: code 111, −2.0; CONCILIATORY: 013, +0.4; SUPPORTIVE: 051, +3.4. */
    public static StatementMade statementMade(UUID eventId, String statementId, String day, String actor,
                                              List<String> about, Tone tone) {
        String cameo = switch (tone) {
            case HOSTILE -> "111";
            case CRITICAL -> "012";
            case NEUTRAL -> "010";
            case CONCILIATORY -> "013";
            case SUPPORTIVE -> "051";
        };
        return new StatementMade(statementId, "Prime Minister", tone, "Taiwan",
                development(eventId, day, actor, about, actor + " makes a " + tone + " statement", cameo));
    }

    /** From the demander to the speaker's actor. Code 100, −5.0. */
    public static RetractionDemanded retractionDemanded(UUID eventId, String statementId, String day, String by,
                                                        String speakerActor) {
        return new RetractionDemanded(statementId,
                development(eventId, day, by, List.of(speakerActor), by + " demands a retraction", "100"));
    }

    /** From the speaker's actor to the demander. Code 120, −4.0. */
    public static RetractionRefused retractionRefused(UUID eventId, String statementId, String day,
                                                      String speakerActor, String demander) {
        return new RetractionRefused(statementId,
                development(eventId, day, speakerActor, List.of(demander), speakerActor + " refuses", "120"));
    }

    /** Code 080, +5.0. */
    public static StatementRetracted statementRetracted(UUID eventId, String statementId, String day,
                                                        String speakerActor, String demander) {
        return new StatementRetracted(statementId,
                development(eventId, day, speakerActor, List.of(demander), speakerActor + " retracts", "080"));
    }

    /** DIPLOMATIC: code 114, −2.0; WTO: 115, −2.0. */
    public static ProtestLodged protestLodged(UUID eventId, String protestId, String day, String actor, String against,
                                              Forum forum, ProtestSubject about) {
        String cameo = switch (forum) {
            case DIPLOMATIC -> "114";
            case WTO -> "115";
            case G7, UN, OTHER -> "113";
        };
        return new ProtestLodged(protestId, forum, about,
                development(eventId, day, actor, List.of(against), actor + " protests to " + forum, cameo));
    }

    /** From the party protested against to the protester. Code 120, −4.0. */
    public static ProtestRejected protestRejected(UUID eventId, String protestId, String day, String by,
                                                  String protester) {
        return new ProtestRejected(protestId,
                development(eventId, day, by, List.of(protester), by + " rejects the protest", "120"));
    }

    /** From the WTO to the party protested against. Code 116, −2.0. */
    public static ProtestUpheld protestUpheld(UUID eventId, String protestId, String day, String against) {
        return new ProtestUpheld(protestId,
                development(eventId, day, "WTO", List.of(against), "The WTO upholds the complaint", "116"));
    }

    /** Mutual; the first participant is the actor. Code 041, +1.0. */
    public static CallHeld callHeld(UUID eventId, String callId, String day, String... participants) {
        List<String> others = Arrays.asList(participants).subList(1, participants.length);
        return new CallHeld(callId, actors(participants),
                development(eventId, day, participants[0], others, "Leaders speak by telephone", "041"));
    }

    /** Mutual. Code 036, +4.0. */
    public static MeetingScheduled meetingScheduled(UUID eventId, String meetingId, String day, MeetingKind kind,
                                                    String host, String plannedFor, String... participants) {
        List<String> others = Arrays.asList(participants).subList(1, participants.length);
        return new MeetingScheduled(meetingId,
                new Arrangement(kind, actors(participants), host == null ? null : ActorCode.of(host)),
                plannedFor == null ? null : EventDate.parse(plannedFor),
                development(eventId, day, participants[0], others, "A " + kind + " is scheduled", "036"));
    }

    /** Mutual. Outcome AGREEMENT: code 057, +8.0; NONE (MEETING, SUMMIT): 040, +1.0. */
    public static MeetingHeld meetingHeld(UUID eventId, String meetingId, String day, MeetingKind kind, String host,
                                          Outcome outcome, String... participants) {
        List<String> others = Arrays.asList(participants).subList(1, participants.length);
        return new MeetingHeld(meetingId, kind, actors(participants), host == null ? null : ActorCode.of(host), outcome,
                development(eventId, day, participants[0], others, "The " + kind + " is held",
                        outcome == Outcome.AGREEMENT ? "057" : "040"));
    }

    /** Mutual. Code 160, −4.0. */
    public static MeetingCancelled meetingCancelled(UUID eventId, String meetingId, String day,
                                                    String... participants) {
        List<String> others = Arrays.asList(participants).subList(1, participants.length);
        return new MeetingCancelled(meetingId,
                development(eventId, day, participants[0], others, "The meeting is called off", "160"));
    }

    /** Coded as given, with the table's weight (173: −5.0). */
    public static IncidentRecorded incident(UUID eventId, String incidentId, String day, String actor,
                                            List<String> targets, String cameo) {
        return new IncidentRecorded(incidentId,
                development(eventId, day, actor, targets, "An incident between " + actor + " and " + targets, cameo));
    }

    /** A correction of {@code record}; a null field is left as it was. */
    public static RecordCorrected correction(UUID correctionId, UUID recordId, String aggregateId, String day,
                                             String summary, List<Source> sources) {
        return new RecordCorrected(recordId, aggregateId, correctionId, day == null ? null : EventDate.day(day),
                summary, sources, "the first report was wrong");
    }

    public static RecordRetracted retraction(UUID retractionId, UUID recordId, String aggregateId) {
        return new RecordRetracted(recordId, aggregateId, retractionId, "recorded in error");
    }
}
