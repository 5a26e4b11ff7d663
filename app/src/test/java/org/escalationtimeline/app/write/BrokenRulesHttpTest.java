package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * A command that breaks a rule of the write model is a problem naming the rule: 409 when the
 * state of what exists forbids it, 422 when it is unacceptable on its own terms, 404 when what
 * it is addressed to does not exist. It changes nothing: the next write still finds the version
 * (and, where it matters, the position) the refused one would have taken.
 */
class BrokenRulesHttpTest extends WriteHttpTestBase {

    @Test
    void anUnregisteredActorIsUnprocessable() {
        String stranger = unregisteredCode();
        String id = id("measure");
        JsonNode problem = assertRuleBroken(post("/api/measures", measure(id).set("targets", arr("JPN", stranger))),
                422, "actors-must-be-registered");
        assertThat(problem.path("detail").asText()).contains(stranger);

        assertRuleBroken(post("/api/statements", statement(id("statement")).put("actor", stranger)), 422,
                "actors-must-be-registered");
        assertRuleBroken(post("/api/calls", call(id("call")).set("participants", arr("JPN", stranger))), 422,
                "actors-must-be-registered");
        assertRuleBroken(post("/api/meetings", scheduledMeeting(id("meeting")).put("host", stranger)), 422,
                "actors-must-be-registered");

        // Once registered, the actor may be named, under the id the refused command left free.
        create("/api/actors", actorBody(stranger, "Newcomer", "STATE"));
        assertWritten(post("/api/measures", measure(id).set("targets", arr("JPN", stranger))), id, "MeasureAnnounced",
                0, "/api/measures/" + id);
    }

    @Test
    void aMeasureIsNotLiftedTwice() {
        String id = id("measure");
        announceMeasure(id);
        change("/api/measures/" + id + "/lift", development("2026-06-01", "China lifts the ban"));
        JsonNode problem = assertRuleBroken(post("/api/measures/" + id + "/lift",
                development("2026-07-01", "China lifts the ban again")), 409, "cannot-lift-twice");
        assertThat(problem.path("title").asText()).isEqualTo("Conflict");
    }

    @Test
    void aLiftedMeasureIsNotTightenedOrEased() {
        String id = id("measure");
        announceMeasure(id);
        change("/api/measures/" + id + "/lift", development("2026-06-01", "China lifts the ban"));
        assertRuleBroken(post("/api/measures/" + id + "/tighten", development("2026-07-01", "Again")), 409,
                "tighten-only-in-force-eased-or-suspended");
        assertRuleBroken(post("/api/measures/" + id + "/ease", development("2026-07-01", "Eased")), 409,
                "ease-only-in-force-or-eased");
        assertRuleBroken(post("/api/measures/" + id + "/announce", development("2026-07-01", "Announced")), 409,
                "only-a-threat-is-carried-out");
    }

    @Test
    void aDateMayNotRunBackwards() {
        String id = id("measure");
        Appended announced = announceMeasure(id);
        JsonNode problem = assertRuleBroken(post("/api/measures/" + id + "/lift",
                development("2025-12-31", "Lifted before it was announced")), 422, "dates-must-not-run-backwards");
        assertThat(problem.path("title").asText()).isEqualTo("Unprocessable Entity");

        // Nothing was appended: the lift on a later date is version 1, right after the announcement.
        Appended lifted = assertWritten(post("/api/measures/" + id + "/lift", development("2026-06-01", "Lifted")),
                id, "MeasureLifted", 1, null);
        assertThat(lifted.position()).isEqualTo(announced.position() + 1);
    }

    @Test
    void aDateMayNotRunBackwardsInAStatementOrAMeeting() {
        String statement = id("statement");
        create("/api/statements", statement(statement));
        assertRuleBroken(post("/api/statements/" + statement + "/retraction",
                development("2025-01-01", "Retracted before it was said")), 422, "dates-must-not-run-backwards");

        String meeting = id("meeting");
        create("/api/meetings", scheduledMeeting(meeting));
        assertRuleBroken(post("/api/meetings/" + meeting + "/cancel", development("2024-01-01", "Cancelled")), 422,
                "dates-must-not-run-backwards");
    }

    @Test
    void aLifecycleStepOnAMissingMeasureIsNotFound() {
        String missing = id("missing");
        assertProblem(post("/api/measures/" + missing + "/tighten", development("2026-01-01", "Tightened")), 404);
        assertProblem(post("/api/measures/" + missing + "/ease", development("2026-01-01", "Eased")), 404);
        assertProblem(post("/api/measures/" + missing + "/lift", development("2026-01-01", "Lifted")), 404);
        assertProblem(post("/api/measures/" + missing + "/announce", development("2026-01-01", "Announced")), 404);
        assertProblem(post("/api/statements/" + missing + "/retraction", development("2026-01-01", "Retracted")), 404);
        assertProblem(post("/api/protests/" + missing + "/responses",
                development("2026-01-01", "Rejected").put("by", "CHN").put("response", "REJECTED")), 404);
        assertProblem(post("/api/meetings/" + missing + "/held", development("2026-01-01", "Held")), 404);
        assertProblem(post("/api/meetings/" + missing + "/cancel", development("2026-01-01", "Cancelled")), 404);

        // The refused announce did not create the measure by the way.
        assertWritten(post("/api/measures", measure(missing)), missing, "MeasureAnnounced", 0,
                "/api/measures/" + missing);
    }

    @Test
    void aLifecycleStepAddressedToAnotherKindOfAggregateIsNotFound() {
        String statement = id("statement");
        create("/api/statements", statement(statement));
        String measure = id("measure");
        announceMeasure(measure);
        assertAll(
                () -> assertProblem(post("/api/measures/" + statement + "/lift", development("2026-01-01", "Lifted")),
                        404),
                () -> assertProblem(post("/api/measures/" + statement + "/announce",
                        development("2026-01-01", "Announced")), 404),
                () -> assertProblem(post("/api/meetings/" + statement + "/cancel",
                        development("2026-01-01", "Cancelled")), 404),
                () -> assertProblem(post("/api/meetings/" + measure + "/held", development("2026-01-01", "Held")), 404),
                () -> assertProblem(post("/api/statements/" + measure + "/refusals",
                        development("2026-01-01", "Refused")), 404),
                () -> assertProblem(post("/api/protests/" + measure + "/responses",
                        development("2026-01-09", "Rejected").put("by", "CHN").put("response", "REJECTED")), 404));
    }

    @Test
    void aRefusalNeedsADemand() {
        String id = id("statement");
        create("/api/statements", statement(id));
        assertRuleBroken(post("/api/statements/" + id + "/refusals", development("2025-11-14", "Refused")), 409,
                "refusal-only-after-a-demand");
    }

    @Test
    void aStatementIsRetractedOnce() {
        String id = id("statement");
        create("/api/statements", statement(id));
        change("/api/statements/" + id + "/retraction", development("2025-12-01", "Retracted"));
        assertRuleBroken(post("/api/statements/" + id + "/retraction", development("2025-12-02", "Retracted again")),
                409, "retracted-once");
        assertRuleBroken(post("/api/statements/" + id + "/retraction-demands",
                development("2025-12-03", "Demanded").put("by", "CHN")), 409, "statement-already-retracted");
    }

    @Test
    void aRulingOnADiplomaticProtestIsUnprocessable() {
        String id = id("protest");
        create("/api/protests", protest(id, "DIPLOMATIC", null));
        assertRuleBroken(post("/api/protests/" + id + "/responses",
                        development("2026-02-01", "Upheld").put("by", "WTO").put("response", "UPHELD")),
                422, "ruling-only-in-a-wto-dispute");
    }

    @Test
    void aProtestIsAnsweredByThePartyProtestedAgainstAndRuledOnByTheWto() {
        String id = id("dispute");
        create("/api/protests", protest(id, "WTO", null));
        assertRuleBroken(post("/api/protests/" + id + "/responses",
                        development("2026-02-01", "Rejected").put("by", "USA").put("response", "REJECTED")),
                422, "answered-by-the-party-protested-against");
        assertRuleBroken(post("/api/protests/" + id + "/responses",
                        development("2026-02-01", "Upheld").put("by", "CHN").put("response", "UPHELD")),
                422, "ruled-by-the-wto");
        change("/api/protests/" + id + "/responses",
                development("2026-02-01", "Rejected").put("by", "CHN").put("response", "REJECTED"));
        assertRuleBroken(post("/api/protests/" + id + "/responses",
                        development("2026-02-02", "Rejected again").put("by", "CHN").put("response", "REJECTED")),
                409, "each-answer-once");
        change("/api/protests/" + id + "/responses",
                development("2026-09-01", "Dismissed").put("by", "WTO").put("response", "DISMISSED"));
        assertRuleBroken(post("/api/protests/" + id + "/responses",
                        development("2026-09-02", "Acknowledged").put("by", "CHN").put("response", "ACKNOWLEDGED")),
                409, "nothing-after-a-ruling");
    }

    @Test
    void aProtestAboutAMissingMeasureIsUnprocessable() {
        String id = id("protest");
        String missing = id("missing");
        JsonNode problem = assertRuleBroken(post("/api/protests", protest(id, "DIPLOMATIC", missing)), 422,
                "protest-subject-must-exist");
        assertThat(problem.path("detail").asText()).contains(missing);

        // A statement is not the measure the protest names.
        String statement = id("statement");
        create("/api/statements", statement(statement));
        assertRuleBroken(post("/api/protests", protest(id, "DIPLOMATIC", statement)), 422,
                "protest-subject-must-exist");

        // ...but it is the statement it names.
        assertWritten(post("/api/protests", protest(id, "DIPLOMATIC", null).set("about", obj("statement", statement))),
                id, "ProtestLodged", 0, "/api/protests/" + id);
    }

    @Test
    void correctingAnUnknownEventIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        JsonNode problem = assertRuleBroken(post("/api/records/" + unknown + "/corrections",
                obj("summary", "Fixed", "reason", "typo")), 404, "record-must-exist");
        assertThat(problem.path("detail").asText()).contains(unknown);
        assertRuleBroken(post("/api/records/" + unknown + "/retraction", obj("reason", "in error")), 404,
                "record-must-exist");
    }

    @Test
    void anActorRegistrationIsNotCorrected() {
        Appended registration = registerFreshActor();
        assertRuleBroken(post("/api/records/" + registration.eventId() + "/corrections",
                obj("summary", "Fixed", "reason", "typo")), 422, "only-developments-are-corrected");
        assertRuleBroken(post("/api/records/" + registration.eventId() + "/retraction", obj("reason", "in error")), 422,
                "only-developments-are-corrected");
    }

    @Test
    void aCorrectionIsNotCorrectedAndARetractedRecordNotAgain() {
        Appended incident = create("/api/incidents", incident(id("incident")));
        Appended correction = change("/api/records/" + incident.eventId() + "/corrections",
                obj("summary", "Fixed", "reason", "typo"));
        assertRuleBroken(post("/api/records/" + correction.eventId() + "/corrections",
                obj("summary", "Fixed again", "reason", "typo")), 422, "only-developments-are-corrected");

        change("/api/records/" + incident.eventId() + "/retraction", obj("reason", "in error"));
        assertRuleBroken(post("/api/records/" + incident.eventId() + "/retraction", obj("reason", "in error twice")),
                409, "record-retracted-once");
        assertRuleBroken(post("/api/records/" + incident.eventId() + "/corrections",
                obj("summary", "Fixed after all", "reason", "typo")), 409, "record-retracted");
    }

    @Test
    void anIdAMeasureUsesIsNotAStatements() {
        String id = id("shared");
        announceMeasure(id);
        assertProblem(post("/api/statements", statement(id)), 409);
        assertProblem(post("/api/protests", protest(id, "DIPLOMATIC", null)), 409);
        assertProblem(post("/api/meetings", heldMeeting(id)), 409);
    }

    @Test
    void anIdTheServerMadeIsNotTakenByAnotherKind() {
        ObjectNode body = measure("unused");
        body.remove("id");
        Appended measure = create("/api/measures", body);
        assertProblem(post("/api/statements", statement(measure.id())), 409);
        assertProblem(post("/api/meetings", heldMeeting(measure.id())), 409);
    }

    @Test
    void theCorrectionsOfARecordLeaveItsEventIdFreeForAClient() {
        // Corrections of a record live under "record:<event id>", which no client id can be.
        Appended incident = create("/api/incidents", incident(id("incident")));
        String record = incident.eventId().toString();
        change("/api/records/" + record + "/corrections", obj("summary", "Corrected", "reason", "typo"));
        assertThat(post("/api/measures", measure(record)).status()).isEqualTo(201);
    }

    @Test
    void aRecordIsCorrectedEvenWhenAMeasureTookItsIdAsAnId() {
        Appended incident = create("/api/incidents", incident(id("incident")));
        String record = incident.eventId().toString();
        create("/api/measures", measure(record));
        Reply reply = post("/api/records/" + record + "/corrections", obj("summary", "Corrected", "reason", "typo"));
        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aMeetingIsHeldOrCancelledOnlyWhileScheduled() {
        String held = id("meeting");
        create("/api/meetings", heldMeeting(held));
        assertRuleBroken(post("/api/meetings/" + held + "/cancel", development("2025-11-01", "Cancelled")), 409,
                "cancel-only-a-scheduled-meeting");
        assertRuleBroken(post("/api/meetings/" + held + "/held", development("2025-11-01", "Held again")), 409,
                "hold-only-a-scheduled-meeting");
    }

    @Test
    void aRetractionIsNotDemandedByTheSpeakersOwnSide() {
        String id = id("statement");
        create("/api/statements", statement(id));
        assertRuleBroken(post("/api/statements/" + id + "/retraction-demands",
                development("2025-11-13", "Demanded").put("by", "JPN")), 422, "retraction-demanded-by-another-actor");
    }
}
