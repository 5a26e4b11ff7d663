package org.escalationtimeline.app.write;

import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * Every write endpoint of DESIGN §7, once on its happy path: 201, the Location of what a create
 * made, the ETag of the aggregate's version, and the answer of Appendix A with the event appended.
 */
class WriteEndpointsHttpTest extends WriteHttpTestBase {

    @Test
    void registeringAnActorAnswersActorRegistered() {
        String code = unregisteredCode();
        Reply reply = post("/api/actors", actorBody(code, "Republic of Somewhere", "STATE"));
        assertWritten(reply, code, "ActorRegistered", 0, "/api/actors/" + code);
    }

    @Test
    void announcingAMeasureAnswersMeasureAnnounced() {
        String id = id("measure");
        assertWritten(post("/api/measures", measure(id)), id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }

    @Test
    void threateningAMeasureAnswersMeasureThreatened() {
        String id = id("threat");
        assertWritten(post("/api/measures/threats", measure(id)), id, "MeasureThreatened", 0, "/api/measures/" + id);
    }

    @Test
    void announcingAThreatCarriesItOut() {
        String id = id("threat");
        create("/api/measures/threats", measure(id));
        Reply reply = post("/api/measures/" + id + "/announce",
                development("2026-01-10", "China carries out its threat"));
        assertWritten(reply, id, "MeasureAnnounced", 1, null);
    }

    @Test
    void tighteningAMeasureAnswersMeasureTightened() {
        String id = id("measure");
        announceMeasure(id);
        Reply reply = post("/api/measures/" + id + "/tighten",
                development("2026-01-15", "China adds rare earth magnets to the ban").set("items", arr("rare earth magnets")));
        assertWritten(reply, id, "MeasureTightened", 1, null);
    }

    @Test
    void easingAndSuspendingAMeasure() {
        String id = id("measure");
        announceMeasure(id);
        Reply eased = post("/api/measures/" + id + "/ease",
                development("2026-02-01", "China eases the ban for civilian users")
                        .put("suspend", false).put("until", "2026-11-10"));
        assertWritten(eased, id, "MeasureEased", 1, null);

        Reply suspended = post("/api/measures/" + id + "/ease",
                development("2026-03-01", "China suspends the ban for a year")
                        .put("suspend", true).put("until", "2027-03-01"));
        assertWritten(suspended, id, "MeasureSuspended", 2, null);

        // Tightening reinstates a suspended measure.
        Reply reinstated = post("/api/measures/" + id + "/tighten",
                development("2026-04-01", "China reinstates the ban"));
        assertWritten(reinstated, id, "MeasureTightened", 3, null);
    }

    @Test
    void liftingAMeasureAnswersMeasureLifted() {
        String id = id("measure");
        announceMeasure(id);
        Reply reply = post("/api/measures/" + id + "/lift", development("2026-06-01", "China lifts the ban"));
        assertWritten(reply, id, "MeasureLifted", 1, null);
    }

    @Test
    void liftingAThreatWithdrawsIt() {
        String id = id("threat");
        create("/api/measures/threats", measure(id));
        Reply reply = post("/api/measures/" + id + "/lift", development("2026-02-01", "China drops its threat"));
        assertWritten(reply, id, "ThreatWithdrawn", 1, null);
    }

    @Test
    void makingAStatementAnswersStatementMade() {
        String id = id("statement");
        assertWritten(post("/api/statements", statement(id)), id, "StatementMade", 0, "/api/statements/" + id);
    }

    @Test
    void demandingRefusingAndRetractingAStatement() {
        String id = id("statement");
        create("/api/statements", statement(id));

        Reply demanded = post("/api/statements/" + id + "/retraction-demands",
                development("2025-11-13", "China demands that Takaichi retract her remarks").put("by", "CHN"));
        assertWritten(demanded, id, "RetractionDemanded", 1, null);

        Reply refused = post("/api/statements/" + id + "/refusals",
                development("2025-11-14", "Takaichi refuses to retract"));
        assertWritten(refused, id, "RetractionRefused", 2, null);

        Reply retracted = post("/api/statements/" + id + "/retraction",
                development("2026-05-01", "Takaichi retracts her remarks"));
        assertWritten(retracted, id, "StatementRetracted", 3, null);
    }

    @Test
    void lodgingAProtestAboutAMeasureAndTheRejectionByThePartyProtestedAgainst() {
        String measureId = id("measure");
        announceMeasure(measureId);
        String id = id("protest");
        Reply lodged = post("/api/protests", protest(id, "DIPLOMATIC", measureId));
        assertWritten(lodged, id, "ProtestLodged", 0, "/api/protests/" + id);

        Reply rejected = post("/api/protests/" + id + "/responses",
                development("2026-01-09", "China rejects Japan's protest").put("by", "CHN").put("response", "REJECTED"));
        assertWritten(rejected, id, "ProtestRejected", 1, null);
    }

    @Test
    void aWtoDisputeIsUpheldByTheWto() {
        String id = id("dispute");
        create("/api/protests", protest(id, "WTO", null));
        Reply upheld = post("/api/protests/" + id + "/responses",
                development("2026-09-01", "The WTO panel finds for Japan").put("by", "WTO").put("response", "UPHELD"));
        assertWritten(upheld, id, "ProtestUpheld", 1, null);
    }

    @Test
    void holdingACallAnswersCallHeld() {
        String id = id("call");
        assertWritten(post("/api/calls", call(id)), id, "CallHeld", 0, "/api/calls/" + id);
    }

    @Test
    void schedulingAMeetingThenHoldingItWithAnAgreement() {
        String id = id("meeting");
        Reply scheduled = post("/api/meetings", scheduledMeeting(id).put("plannedFor", "2025-10-30"));
        assertWritten(scheduled, id, "MeetingScheduled", 0, "/api/meetings/" + id);

        Reply held = post("/api/meetings/" + id + "/held",
                development("2025-10-30", "Trump and Xi agree a truce").put("outcome", "AGREEMENT"));
        assertWritten(held, id, "MeetingHeld", 1, null);
    }

    @Test
    void recordingAMeetingAlreadyHeldWithAnAgreement() {
        String id = id("meeting");
        assertWritten(post("/api/meetings", heldMeeting(id)), id, "MeetingHeld", 0, "/api/meetings/" + id);
    }

    @Test
    void cancellingAScheduledMeeting() {
        String id = id("meeting");
        create("/api/meetings", scheduledMeeting(id));
        Reply cancelled = post("/api/meetings/" + id + "/cancel",
                development("2025-11-20", "China calls off the trilateral summit"));
        assertWritten(cancelled, id, "MeetingCancelled", 1, null);
    }

    @Test
    void recordingAnIncidentAnswersIncidentRecorded() {
        String id = id("incident");
        assertWritten(post("/api/incidents", incident(id)), id, "IncidentRecorded", 0, "/api/incidents/" + id);
    }

    @Test
    void correctingThenRetractingARecord() {
        Appended incident = create("/api/incidents", incident(id("incident")));
        String record = incident.eventId().toString();

        Reply corrected = post("/api/records/" + record + "/corrections",
                obj("date", "2010-09-07", "datePrecision", "DAY", "summary", "Coast guard arrests the captain",
                        "sources", arr(source()), "reason", "the arrest was a day earlier"));
        Appended correction = assertWritten(corrected, record, "RecordCorrected", 0, null);
        assertThat(correction.eventId()).isNotEqualTo(incident.eventId());

        Reply retracted = post("/api/records/" + record + "/retraction", obj("reason", "recorded in error"));
        assertWritten(retracted, record, "RecordRetracted", 1, null);
    }

    @Test
    void aContentTypeWithACharsetIsJson() {
        String id = id("measure");
        Reply reply = post("/api/measures", measure(id), "Content-Type", "application/json; charset=UTF-8");
        assertWritten(reply, id, "MeasureAnnounced", 0, "/api/measures/" + id);
    }
}
