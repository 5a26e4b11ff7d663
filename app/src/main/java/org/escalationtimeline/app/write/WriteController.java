package org.escalationtimeline.app.write;

import org.escalationtimeline.api.InvalidValue;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The write endpoints of the API (DESIGN §7). Each one reads its body, sends one command and
 * answers with the events appended: 201 for a new write, 200 for a repeated one.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('command')")
public class WriteController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IF_MATCH = "If-Match";

    private final Writes writes;

    WriteController(Writes writes) {
        this.writes = writes;
    }

    @PostMapping("/actors")
    ResponseEntity<WriteReceipt> registerActor(@RequestBody RegisterActorBody body,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/actors/", writes.create(Operations.REGISTER_ACTOR, body, key));
    }

    @PostMapping("/measures")
    ResponseEntity<WriteReceipt> announceMeasure(@RequestBody MeasureBody body,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/measures/", writes.create(Operations.ANNOUNCE_MEASURE, body, key));
    }

    @PostMapping("/measures/threats")
    ResponseEntity<WriteReceipt> threatenMeasure(@RequestBody MeasureBody body,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/measures/", writes.create(Operations.THREATEN_MEASURE, body, key));
    }

    @PostMapping("/measures/{id}/announce")
    ResponseEntity<WriteReceipt> carryOutThreat(@PathVariable String id, @RequestBody PlainDevelopmentBody body,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.CARRY_OUT_THREAT, id, body, version(ifMatch), key));
    }

    @PostMapping("/measures/{id}/tighten")
    ResponseEntity<WriteReceipt> tightenMeasure(@PathVariable String id, @RequestBody TightenBody body,
                                                @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.TIGHTEN_MEASURE, id, body, version(ifMatch), key));
    }

    @PostMapping("/measures/{id}/ease")
    ResponseEntity<WriteReceipt> easeMeasure(@PathVariable String id, @RequestBody EaseBody body,
                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.EASE_MEASURE, id, body, version(ifMatch), key));
    }

    @PostMapping("/measures/{id}/lift")
    ResponseEntity<WriteReceipt> liftMeasure(@PathVariable String id, @RequestBody PlainDevelopmentBody body,
                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.LIFT_MEASURE, id, body, version(ifMatch), key));
    }

    @PostMapping("/statements")
    ResponseEntity<WriteReceipt> makeStatement(@RequestBody StatementBody body,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/statements/", writes.create(Operations.MAKE_STATEMENT, body, key));
    }

    @PostMapping("/statements/{id}/retraction-demands")
    ResponseEntity<WriteReceipt> demandRetraction(@PathVariable String id, @RequestBody RetractionDemandBody body,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.DEMAND_RETRACTION, id, body, version(ifMatch), key));
    }

    @PostMapping("/statements/{id}/refusals")
    ResponseEntity<WriteReceipt> refuseRetraction(@PathVariable String id, @RequestBody PlainDevelopmentBody body,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.REFUSE_RETRACTION, id, body, version(ifMatch), key));
    }

    @PostMapping("/statements/{id}/retraction")
    ResponseEntity<WriteReceipt> retractStatement(@PathVariable String id, @RequestBody PlainDevelopmentBody body,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.RETRACT_STATEMENT, id, body, version(ifMatch), key));
    }

    @PostMapping("/protests")
    ResponseEntity<WriteReceipt> lodgeProtest(@RequestBody ProtestBody body,
                                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/protests/", writes.create(Operations.LODGE_PROTEST, body, key));
    }

    @PostMapping("/protests/{id}/responses")
    ResponseEntity<WriteReceipt> respondToProtest(@PathVariable String id, @RequestBody ProtestResponseBody body,
                                                  @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.RESPOND_TO_PROTEST, id, body, version(ifMatch), key));
    }

    @PostMapping("/calls")
    ResponseEntity<WriteReceipt> holdCall(@RequestBody CallBody body,
                                          @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/calls/", writes.create(Operations.HOLD_CALL, body, key));
    }

    @PostMapping("/meetings")
    ResponseEntity<WriteReceipt> scheduleOrHoldMeeting(@RequestBody MeetingBody body,
                                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        var operation = Boolean.TRUE.equals(body.held()) ? Operations.HOLD_NEW_MEETING : Operations.SCHEDULE_MEETING;
        return created("/api/meetings/", writes.create(operation, body, key));
    }

    @PostMapping("/meetings/{id}/held")
    ResponseEntity<WriteReceipt> holdMeeting(@PathVariable String id, @RequestBody MeetingHeldBody body,
                                             @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.HOLD_MEETING, id, body, version(ifMatch), key));
    }

    @PostMapping("/meetings/{id}/cancel")
    ResponseEntity<WriteReceipt> cancelMeeting(@PathVariable String id, @RequestBody PlainDevelopmentBody body,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.CANCEL_MEETING, id, body, version(ifMatch), key));
    }

    @PostMapping("/incidents")
    ResponseEntity<WriteReceipt> recordIncident(@RequestBody IncidentBody body,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return created("/api/incidents/", writes.create(Operations.RECORD_INCIDENT, body, key));
    }

    @PostMapping("/records/{eventId}/corrections")
    ResponseEntity<WriteReceipt> correctRecord(@PathVariable String eventId, @RequestBody CorrectionBody body,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.CORRECT_RECORD, eventId, body, version(ifMatch), key));
    }

    @PostMapping("/records/{eventId}/retraction")
    ResponseEntity<WriteReceipt> retractRecord(@PathVariable String eventId, @RequestBody RecordRetractionBody body,
                                               @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return changed(writes.change(Operations.RETRACT_RECORD, eventId, body, version(ifMatch), key));
    }

    private static ResponseEntity<WriteReceipt> created(String collection, WriteOutcome outcome) {
        var response = outcome.replayed() ? ResponseEntity.ok()
                : ResponseEntity.status(HttpStatus.CREATED).location(URI.create(collection + outcome.receipt().id()));
        return response.eTag(etag(outcome)).body(outcome.receipt());
    }

    private static ResponseEntity<WriteReceipt> changed(WriteOutcome outcome) {
        var response = outcome.replayed() ? ResponseEntity.ok() : ResponseEntity.status(HttpStatus.CREATED);
        return response.eTag(etag(outcome)).body(outcome.receipt());
    }

    /** The aggregate's version: the sequence number of its latest event. */
    private static String etag(WriteOutcome outcome) {
        return "\"" + outcome.version() + "\"";
    }

    /** {@code If-Match: "3"} (or W/"3") names the version the client saw; {@code *} any version. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidValue("If-Match", "must be an ETag this service gave, such as \"3\"");
        }
    }
}
