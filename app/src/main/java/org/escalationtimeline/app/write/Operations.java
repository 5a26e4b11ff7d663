package org.escalationtimeline.app.write;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.actor.RegisterActor;
import org.escalationtimeline.api.call.HoldCall;
import org.escalationtimeline.api.correction.CorrectRecord;
import org.escalationtimeline.api.correction.RetractRecord;
import org.escalationtimeline.api.incident.RecordIncident;
import org.escalationtimeline.api.measure.AnnounceMeasure;
import org.escalationtimeline.api.measure.EaseMeasure;
import org.escalationtimeline.api.measure.LiftMeasure;
import org.escalationtimeline.api.measure.MeasureTerms;
import org.escalationtimeline.api.measure.ThreatenMeasure;
import org.escalationtimeline.api.measure.TightenMeasure;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.CancelMeeting;
import org.escalationtimeline.api.meeting.HoldMeeting;
import org.escalationtimeline.api.meeting.ScheduleMeeting;
import org.escalationtimeline.api.protest.LodgeProtest;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.protest.RespondToProtest;
import org.escalationtimeline.api.statement.DemandRetraction;
import org.escalationtimeline.api.statement.MakeStatement;
import org.escalationtimeline.api.statement.RefuseRetraction;
import org.escalationtimeline.api.statement.RetractStatement;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.app.write.WriteBodies.CallBody;
import org.escalationtimeline.app.write.WriteBodies.CorrectionBody;
import org.escalationtimeline.app.write.WriteBodies.EaseBody;
import org.escalationtimeline.app.write.WriteBodies.IncidentBody;
import org.escalationtimeline.app.write.WriteBodies.MeasureBody;
import org.escalationtimeline.app.write.WriteBodies.MeetingBody;
import org.escalationtimeline.app.write.WriteBodies.MeetingHeldBody;
import org.escalationtimeline.app.write.WriteBodies.PlainDevelopmentBody;
import org.escalationtimeline.app.write.WriteBodies.ProtestBody;
import org.escalationtimeline.app.write.WriteBodies.ProtestResponseBody;
import org.escalationtimeline.app.write.WriteBodies.RecordRetractionBody;
import org.escalationtimeline.app.write.WriteBodies.RegisterActorBody;
import org.escalationtimeline.app.write.WriteBodies.RetractionDemandBody;
import org.escalationtimeline.app.write.WriteBodies.StatementBody;
import org.escalationtimeline.app.write.WriteBodies.TightenBody;

import java.util.List;
import java.util.UUID;

/** Every write of the HTTP API and the import format, and the command each one sends. */
public final class Operations {

    public static final Operation<RegisterActorBody> REGISTER_ACTOR = Operation.creating("RegisterActor",
            RegisterActorBody.class, body -> InvalidValue.require("code", body.code()).value(), null,
            (id, body, eventId, version) -> new RegisterActor(body.code(), body.name(), body.kind(), eventId));

    public static final Operation<MeasureBody> ANNOUNCE_MEASURE = Operation.creating("AnnounceMeasure",
            MeasureBody.class, MeasureBody::id, "measure",
            (id, body, eventId, version) -> AnnounceMeasure.create(id, terms(body), body.report(eventId)));

    public static final Operation<MeasureBody> THREATEN_MEASURE = Operation.creating("ThreatenMeasure",
            MeasureBody.class, MeasureBody::id, "measure",
            (id, body, eventId, version) -> new ThreatenMeasure(id, terms(body), body.report(eventId)));

    /** AnnounceMeasure addressed to an existing measure: carries out its threat. */
    public static final Operation<PlainDevelopmentBody> CARRY_OUT_THREAT = Operation.changing("AnnounceMeasure",
            PlainDevelopmentBody.class,
            (id, body, eventId, version) -> AnnounceMeasure.carryOutThreat(id, body.report(eventId), version));

    public static final Operation<TightenBody> TIGHTEN_MEASURE = Operation.changing("TightenMeasure",
            TightenBody.class,
            (id, body, eventId, version) -> new TightenMeasure(id, body.items(), body.report(eventId), version));

    public static final Operation<EaseBody> EASE_MEASURE = Operation.changing("EaseMeasure", EaseBody.class,
            (id, body, eventId, version) -> new EaseMeasure(id, Boolean.TRUE.equals(body.suspend()), body.until(),
                    body.report(eventId), version));

    public static final Operation<PlainDevelopmentBody> LIFT_MEASURE = Operation.changing("LiftMeasure",
            PlainDevelopmentBody.class,
            (id, body, eventId, version) -> new LiftMeasure(id, body.report(eventId), version));

    public static final Operation<StatementBody> MAKE_STATEMENT = Operation.creating("MakeStatement",
            StatementBody.class, StatementBody::id, "statement",
            (id, body, eventId, version) -> new MakeStatement(id, body.actor(), body.speaker(), body.about(),
                    body.tone(), body.topic(), body.report(eventId)));

    public static final Operation<RetractionDemandBody> DEMAND_RETRACTION = Operation.changing("DemandRetraction",
            RetractionDemandBody.class,
            (id, body, eventId, version) -> new DemandRetraction(id, body.by(), body.report(eventId), version));

    public static final Operation<PlainDevelopmentBody> REFUSE_RETRACTION = Operation.changing("RefuseRetraction",
            PlainDevelopmentBody.class,
            (id, body, eventId, version) -> new RefuseRetraction(id, body.report(eventId), version));

    public static final Operation<PlainDevelopmentBody> RETRACT_STATEMENT = Operation.changing("RetractStatement",
            PlainDevelopmentBody.class,
            (id, body, eventId, version) -> new RetractStatement(id, body.report(eventId), version));

    public static final Operation<ProtestBody> LODGE_PROTEST = Operation.creating("LodgeProtest",
            ProtestBody.class, ProtestBody::id, "protest",
            (id, body, eventId, version) -> new LodgeProtest(id, body.actor(), body.against(), body.forum(),
                    body.about() == null ? null : new ProtestSubject(body.about().measure(), body.about().statement()),
                    body.report(eventId)));

    public static final Operation<ProtestResponseBody> RESPOND_TO_PROTEST = Operation.changing("RespondToProtest",
            ProtestResponseBody.class,
            (id, body, eventId, version) -> new RespondToProtest(id, body.by(), body.response(),
                    body.report(eventId), version));

    public static final Operation<CallBody> HOLD_CALL = Operation.creating("HoldCall", CallBody.class,
            CallBody::id, "call",
            (id, body, eventId, version) -> new HoldCall(id, body.participants(), body.report(eventId)));

    public static final Operation<MeetingBody> SCHEDULE_MEETING = Operation.creating("ScheduleMeeting",
            MeetingBody.class, MeetingBody::id, "meeting",
            (id, body, eventId, version) -> new ScheduleMeeting(id, arrangement(body), body.plannedFor(),
                    body.report(eventId)));

    /** HoldMeeting of a meeting nobody scheduled: the body says what it was. */
    public static final Operation<MeetingBody> HOLD_NEW_MEETING = Operation.creating("HoldMeeting",
            MeetingBody.class, MeetingBody::id, "meeting",
            (id, body, eventId, version) -> new HoldMeeting(id, arrangement(body), body.outcome(),
                    body.report(eventId), null));

    public static final Operation<MeetingHeldBody> HOLD_MEETING = Operation.changing("HoldMeeting",
            MeetingHeldBody.class,
            (id, body, eventId, version) -> new HoldMeeting(id, null, body.outcome(), body.report(eventId), version));

    public static final Operation<PlainDevelopmentBody> CANCEL_MEETING = Operation.changing("CancelMeeting",
            PlainDevelopmentBody.class,
            (id, body, eventId, version) -> new CancelMeeting(id, body.report(eventId), version));

    public static final Operation<IncidentBody> RECORD_INCIDENT = Operation.creating("RecordIncident",
            IncidentBody.class, IncidentBody::id, "incident",
            (id, body, eventId, version) -> new RecordIncident(id, body.actor(), body.targets(),
                    body.report(eventId)));

    public static final Operation<CorrectionBody> CORRECT_RECORD = Operation.changing("CorrectRecord",
            CorrectionBody.class,
            (id, body, eventId, version) -> new CorrectRecord(recordId(id), eventId, correctedDate(body),
                    body.summary(), body.sources(), body.reason(), version));

    public static final Operation<RecordRetractionBody> RETRACT_RECORD = Operation.changing("RetractRecord",
            RecordRetractionBody.class,
            (id, body, eventId, version) -> new RetractRecord(recordId(id), eventId, body.reason(), version));

    public static final List<Operation<?>> ALL = List.of(REGISTER_ACTOR, ANNOUNCE_MEASURE, THREATEN_MEASURE,
            CARRY_OUT_THREAT, TIGHTEN_MEASURE, EASE_MEASURE, LIFT_MEASURE, MAKE_STATEMENT, DEMAND_RETRACTION,
            REFUSE_RETRACTION, RETRACT_STATEMENT, LODGE_PROTEST, RESPOND_TO_PROTEST, HOLD_CALL, SCHEDULE_MEETING,
            HOLD_NEW_MEETING, HOLD_MEETING, CANCEL_MEETING, RECORD_INCIDENT, CORRECT_RECORD, RETRACT_RECORD);

    private Operations() {
    }

    private static MeasureTerms terms(MeasureBody body) {
        return new MeasureTerms(body.actor(), body.targets(), body.kind(), body.items(), body.effectiveOn());
    }

    private static Arrangement arrangement(MeetingBody body) {
        return new Arrangement(body.kind(), body.participants(), body.host());
    }

    private static EventDate correctedDate(CorrectionBody body) {
        if (body.date() == null) {
            if (body.datePrecision() != null) {
                throw new InvalidValue("datePrecision", "goes with a corrected date");
            }
            return null;
        }
        return new EventDate(body.date(), body.datePrecision() == null ? DatePrecision.DAY : body.datePrecision());
    }

    private static UUID recordId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("eventId", "'" + id + "' is not an event id (a UUID)");
        }
    }
}
