package org.escalationtimeline.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.escalationtimeline.app.dataset.LoadedDatasetHttpTestBase;
import org.escalationtimeline.app.support.HttpTestClient;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;
import static org.escalationtimeline.app.support.HttpTestClient.text;

/**
 * POST /api/import over real HTTP: NDJSON in, one result a line out, then a summary line; bad
 * lines answered with their problem while the import carries on; idempotent line by line.
 * <p>
 * Shares the context (and store) of the data set's acceptance test: every test here registers
 * actors of its own and dates its developments after {@link #DATASET_ENDS}, so it never changes
 * what the data set's reads answer.
 */
class ImportHttpTest extends LoadedDatasetHttpTestBase {

    // ---------------------------------------------------------------- the answer's shape

    @Test
    void anImportAnswersOneResultPerLineInOrderThenASummary() {
        String a = code();
        String b = code();
        String measure = id("measure");
        String statement = id("statement");
        String protest = id("protest");
        String call = id("call");
        String incident = id("incident");
        Reply reply = importLines(ndjson(
                actor(a),
                actor(b),
                measure(measure, a, b),
                line("MakeStatement", "id", statement, "actor", b, "speaker", "Foreign minister", "about", arr(a),
                        "tone", "HOSTILE", "topic", "Export ban").setAll(development("2026-03-03", "B denounces the ban")),
                line("LodgeProtest", "id", protest, "actor", b, "against", a, "forum", "DIPLOMATIC",
                        "about", obj("measure", measure)).setAll(development("2026-03-04", "B protests the ban")),
                line("HoldCall", "id", call, "participants", arr(a, b))
                        .setAll(development("2026-03-05", "The two foreign ministers talk by telephone")),
                line("RecordIncident", "id", incident, "actor", a, "targets", arr(b), "cameo", "173")
                        .setAll(development("2026-03-06", "A detains a fishing crew of B"))));

        Imported imported = imported(reply);
        assertThat(imported.results()).hasSize(7);
        assertAppended(imported.results().get(0), 1, "RegisterActor", a, "ActorRegistered");
        assertAppended(imported.results().get(1), 2, "RegisterActor", b, "ActorRegistered");
        assertAppended(imported.results().get(2), 3, "AnnounceMeasure", measure, "MeasureAnnounced");
        assertAppended(imported.results().get(3), 4, "MakeStatement", statement, "StatementMade");
        assertAppended(imported.results().get(4), 5, "LodgeProtest", protest, "ProtestLodged");
        assertAppended(imported.results().get(5), 6, "HoldCall", call, "CallHeld");
        assertAppended(imported.results().get(6), 7, "RecordIncident", incident, "IncidentRecorded");
        assertPositionsGoUp(imported.results());
        assertThat(imported.summary()).isEqualTo(summary(7, 7, 0, 0));

        // What the answer named is what was appended, in that order.
        List<String> answered = imported.results().subList(2, 7).stream().map(ImportHttpTest::eventId).toList();
        JsonNode events = eventually("the five developments are listed", () -> get("/api/events?actor=" + a),
                list -> list.json().path("items").size() == 5).json().path("items");
        assertThat(fieldOfEach(events, "eventId")).containsExactlyElementsOf(answered);
        assertThat(fieldOfEach(events, "type")).containsExactly("MeasureAnnounced", "StatementMade", "ProtestLodged",
                "CallHeld", "IncidentRecorded");
    }

    @Test
    void aBlankLineGetsNoResultAndTheLinesAfterItKeepTheirNumbers() {
        String a = code();
        String b = code();
        Imported imported = imported(importLines(text(actor(a)) + "\n\n" + text(actor(b)) + "\n"));

        assertThat(imported.results()).hasSize(2);
        assertAppended(imported.results().get(0), 1, "RegisterActor", a, "ActorRegistered");
        assertAppended(imported.results().get(1), 3, "RegisterActor", b, "ActorRegistered");
        assertThat(imported.summary()).isEqualTo(summary(3, 2, 0, 0));
    }

    // ---------------------------------------------------------------- bad lines

    @Test
    void aBadLineIsAnsweredWithItsProblemAndTheImportCarriesOnWithTheNextLines() {
        String a = code();
        String b = code();
        String halfWritten = id("measure");
        String measure = id("measure");
        String incident = id("incident");
        ObjectNode unknownField = measure(halfWritten, a, b);
        unknownField.put("severity", "high");
        Reply reply = importLines(String.join("\n",
                text(actor(a)),
                text(actor(b)),
                "{\"command\":\"RegisterActor\",\"code\":",
                text(line("LaunchMissile", "id", id("missile")).setAll(development("2026-03-02", "Nothing of the kind"))),
                text(unknownField),
                text(measure(measure, a, b)),
                text(line("LiftMeasure", "id", measure).setAll(development("2026-03-10", "A lifts the ban"))),
                text(line("LiftMeasure", "id", measure).setAll(development("2026-03-11", "A lifts the ban again"))),
                "[1, 2]",
                text(obj("code", code(), "name", "Nowhere", "kind", "STATE")),
                text(line("RecordIncident", "id", incident, "actor", a, "targets", arr(b), "cameo", "173")
                        .setAll(development("2026-03-12", "A detains a fishing crew of B")))) + "\n");

        Imported imported = imported(reply);
        List<JsonNode> results = imported.results();
        assertThat(results).hasSize(11);
        assertAppended(results.get(0), 1, "RegisterActor", a, "ActorRegistered");
        assertAppended(results.get(1), 2, "RegisterActor", b, "ActorRegistered");

        JsonNode malformed = assertRefused(results.get(2), 3, null, 400);
        assertThat(malformed.path("type").asText()).isEqualTo("/problems/malformed-json");

        JsonNode unknownCommand = assertRefused(results.get(3), 4, "LaunchMissile", 400);
        assertThat(errorFields(unknownCommand)).containsExactly("command");
        assertThat(unknownCommand.path("detail").asText()).contains("LaunchMissile", "AnnounceMeasure");

        JsonNode unknown = assertRefused(results.get(4), 5, "AnnounceMeasure", 400);
        assertThat(errorFields(unknown)).containsExactly("severity");

        assertAppended(results.get(5), 6, "AnnounceMeasure", measure, "MeasureAnnounced");
        assertAppended(results.get(6), 7, "LiftMeasure", measure, "MeasureLifted");

        JsonNode liftedTwice = assertRefused(results.get(7), 8, "LiftMeasure", 409);
        assertThat(liftedTwice.path("rule").asText()).isEqualTo("cannot-lift-twice");

        JsonNode notAnObject = assertRefused(results.get(8), 9, null, 400);
        assertThat(errorFields(notAnObject)).containsExactly("command");

        JsonNode noCommand = assertRefused(results.get(9), 10, null, 400);
        assertThat(errorFields(noCommand)).containsExactly("command");

        assertAppended(results.get(10), 11, "RecordIncident", incident, "IncidentRecorded");
        assertThat(imported.summary()).isEqualTo(summary(11, 5, 0, 6));

        // Nothing of a refused line was written: once the last line is read back, the measure with
        // the unknown field is still unknown, and the measure was lifted once.
        eventually("the last line's incident is listed", () -> get("/api/events?actor=" + a),
                list -> fieldOfEach(list.json().path("items"), "eventId").contains(eventId(results.get(10))));
        assertThat(get("/api/measures/" + halfWritten).status()).isEqualTo(404);
        JsonNode lifted = get("/api/measures/" + measure).json();
        assertThat(lifted.path("status").asText()).isEqualTo("LIFTED");
        assertThat(fieldOfEach(lifted.path("history"), "type")).containsExactly("MeasureAnnounced", "MeasureLifted");
    }

    @Test
    void aMeetingLineWhoseHeldContradictsItsCommandIsRefused() {
        String a = code();
        String b = code();
        Imported imported = imported(importLines(ndjson(
                actor(a),
                actor(b),
                meeting("ScheduleMeeting", id("meeting"), a, b).put("held", true),
                meeting("HoldMeeting", id("meeting"), a, b).put("held", false).put("outcome", "NONE"))));

        assertThat(errorFields(assertRefused(imported.results().get(2), 3, "ScheduleMeeting", 400)))
                .containsExactly("held");
        assertThat(errorFields(assertRefused(imported.results().get(3), 4, "HoldMeeting", 400)))
                .containsExactly("held");
        assertThat(imported.summary()).isEqualTo(summary(4, 2, 0, 2));
    }

    // ---------------------------------------------------------------- idempotent

    @Test
    void importingTheSameLinesTwiceAppendsNothingTheSecondTimeAndAnswersAsTheFirst() {
        String a = code();
        String b = code();
        String measure = id("measure");
        String statement = id("statement");
        String call = id("call");
        String lines = ndjson(
                actor(a),
                actor(b),
                measure(measure, a, b),
                line("EaseMeasure", "id", measure, "suspend", true, "until", "2026-12-01")
                        .setAll(development("2026-03-09", "A suspends the ban until December")),
                line("MakeStatement", "id", statement, "actor", b, "speaker", "Prime minister", "about", arr(a),
                        "tone", "CRITICAL", "topic", "Export ban").setAll(development("2026-03-10", "B regrets the ban")),
                line("DemandRetraction", "id", statement, "by", a)
                        .setAll(development("2026-03-11", "A demands that B retract the remark")),
                line("HoldCall", "id", call, "participants", arr(a, b))
                        .setAll(development("2026-03-12", "The two leaders talk by telephone")));

        Imported first = imported(importLines(lines));
        first.results().forEach(result -> assertThat(result.path("status").asInt()).as("%s", result).isEqualTo(201));
        assertThat(first.summary()).isEqualTo(summary(7, 7, 0, 0));

        Imported second = imported(importLines(lines));
        assertThat(second.results()).hasSize(7);
        for (int i = 0; i < 7; i++) {
            JsonNode again = second.results().get(i);
            JsonNode before = first.results().get(i);
            assertThat(again.path("status").asInt()).as("%s", again).isEqualTo(200);
            assertThat(again.path("line")).isEqualTo(before.path("line"));
            assertThat(again.path("command")).isEqualTo(before.path("command"));
            assertThat(again.path("id")).isEqualTo(before.path("id"));
            assertThat(again.path("events")).as("answered as the first time").isEqualTo(before.path("events"));
        }
        assertThat(second.summary()).isEqualTo(summary(7, 0, 7, 0));

        // Each development is in the store once. The list shows a prefix of the store with no hole (EventPage):
        // once it shows the last line's call, it shows every development appended before it.
        String lastEvent = eventId(first.results().get(6));
        JsonNode events = eventually("the call, and with it the complete prefix, is listed",
                () -> get("/api/events?actor=" + a),
                list -> fieldOfEach(list.json().path("items"), "eventId").contains(lastEvent)).json().path("items");
        assertThat(fieldOfEach(events, "eventId")).containsExactlyElementsOf(
                first.results().subList(2, 7).stream().map(ImportHttpTest::eventId).toList());
    }

    @Test
    void aLineWithoutAnIdIsAlsoImportedOnceAndAnsweredWithTheIdTheServerMadeForIt() {
        String a = code();
        String b = code();
        String lines = ndjson(actor(a), actor(b), line("HoldCall", "participants", arr(a, b))
                .setAll(development("2026-03-05", "The two foreign ministers talk by telephone")));

        Imported first = imported(importLines(lines));
        String made = first.results().get(2).path("id").asText();
        assertThat(made).startsWith("call-");
        assertAppended(first.results().get(2), 3, "HoldCall", made, "CallHeld");

        Imported second = imported(importLines(lines));
        JsonNode again = second.results().get(2);
        assertThat(again.path("status").asInt()).as("%s", again).isEqualTo(200);
        assertThat(again.path("id").asText()).isEqualTo(made);
        assertThat(again.path("events")).isEqualTo(first.results().get(2).path("events"));
        assertThat(second.summary()).isEqualTo(summary(3, 0, 3, 0));
    }

    @Test
    void aCreateLineThatReusesAnIdWithAnotherBodyIsAConflict() {
        String a = code();
        String b = code();
        String measure = id("measure");
        ObjectNode original = measure(measure, a, b);
        assertThat(imported(importLines(ndjson(actor(a), actor(b), original))).summary())
                .isEqualTo(summary(3, 3, 0, 0));

        ObjectNode other = original.deepCopy().put("summary", "A bans exports of every dual-use item to B");
        Imported imported = imported(importLines(ndjson(other)));

        JsonNode problem = assertRefused(imported.results().get(0), 1, "AnnounceMeasure", 409);
        assertThat(problem.path("rule").asText()).isEqualTo("id-already-used");
        assertThat(imported.summary()).isEqualTo(summary(1, 0, 0, 1));
    }

    // ---------------------------------------------------------------- the token

    @Test
    void withoutTheWriteTokenAnImportIs401AndWritesNothing() {
        String refused = code();
        String body = ndjson(actor(refused));

        Reply anonymous = postBare("/api/import", body, "Content-Type", NDJSON);
        assertUnauthorized(anonymous);
        Reply wrongToken = postBare("/api/import", body, "Content-Type", NDJSON, "Authorization", "Bearer not-" + TOKEN);
        assertUnauthorized(wrongToken);

        // A later import is read back; the refused one, written before it if at all, is not there.
        String accepted = code();
        assertThat(imported(importLines(ndjson(actor(accepted)))).summary()).isEqualTo(summary(1, 1, 0, 0));
        eventually("the accepted actor is registered", () -> get("/api/actors/" + accepted), reply -> true);
        assertThat(get("/api/actors/" + refused).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- the forms of a line

    @Test
    void aLifecycleLineNamesItsAggregateWithId() {
        String a = code();
        String b = code();
        String measure = id("measure");
        Imported imported = imported(importLines(ndjson(
                actor(a),
                actor(b),
                line("ThreatenMeasure", "id", measure, "actor", a, "targets", arr(b), "kind", "TARIFF",
                        "items", arr("a 50% tariff on B's cars"))
                        .setAll(development("2026-03-02", "A threatens a tariff on B's cars")),
                line("AnnounceMeasure", "id", measure)
                        .setAll(development("2026-03-09", "A imposes the tariff it threatened")),
                line("TightenMeasure", "id", measure, "items", arr("car parts"))
                        .setAll(development("2026-03-16", "A extends the tariff to car parts")),
                line("EaseMeasure", "id", measure, "suspend", false)
                        .setAll(development("2026-03-23", "A halves the tariff")),
                line("LiftMeasure", "id", measure)
                        .setAll(development("2026-03-30", "A lifts the tariff")))));

        assertAppended(imported.results().get(2), 3, "ThreatenMeasure", measure, "MeasureThreatened");
        assertAppended(imported.results().get(3), 4, "AnnounceMeasure", measure, "MeasureAnnounced");
        assertAppended(imported.results().get(4), 5, "TightenMeasure", measure, "MeasureTightened");
        assertAppended(imported.results().get(5), 6, "EaseMeasure", measure, "MeasureEased");
        assertAppended(imported.results().get(6), 7, "LiftMeasure", measure, "MeasureLifted");
        assertThat(imported.summary()).isEqualTo(summary(7, 7, 0, 0));

        JsonNode lifted = eventually("the measure is lifted", () -> get("/api/measures/" + measure),
                reply -> reply.json().path("status").asText().equals("LIFTED")).json();
        assertThat(lifted.path("since").asText()).isEqualTo("2026-03-30");
        assertThat(texts(lifted.path("items"))).containsExactly("a 50% tariff on B's cars", "car parts");
        assertThat(fieldOfEach(lifted.path("history"), "type")).containsExactly("MeasureThreatened",
                "MeasureAnnounced", "MeasureTightened", "MeasureEased", "MeasureLifted");
        JsonNode eased = get("/api/measures/" + measure + "?asOf=2026-03-25").json();
        assertThat(eased.path("status").asText()).isEqualTo("EASED");
        assertThat(eased.path("since").asText()).isEqualTo("2026-03-23");
    }

    @Test
    void holdMeetingWithKindAndParticipantsRecordsAMeetingAlreadyHeld() {
        String a = code();
        String b = code();
        String meeting = id("meeting");
        Imported imported = imported(importLines(ndjson(
                actor(a),
                actor(b),
                meeting("HoldMeeting", meeting, a, b).put("outcome", "AGREEMENT"))));

        assertAppended(imported.results().get(2), 3, "HoldMeeting", meeting, "MeetingHeld");
        assertThat(imported.summary()).isEqualTo(summary(3, 3, 0, 0));

        JsonNode held = eventually("the meeting is readable", () -> get("/api/meetings/" + meeting), reply -> true)
                .json();
        assertThat(held.path("status").asText()).isEqualTo("HELD");
        assertThat(held.path("outcome").asText()).isEqualTo("AGREEMENT");
        assertThat(held.path("kind").asText()).isEqualTo("SUMMIT");
        assertThat(texts(held.path("participants"))).containsExactly(a, b);
        assertThat(held.path("host").asText()).isEqualTo(a);
        assertThat(fieldOfEach(held.path("history"), "type")).containsExactly("MeetingHeld");
        // An agreement is coded CAMEO 057, Goldstein +8.0 (DESIGN §5).
        JsonNode event = held.path("history").path(0);
        assertThat(event.path("cameo").path("code").asText()).isEqualTo("057");
        assertThat(event.path("goldstein").asDouble()).isEqualTo(8.0);
    }

    @Test
    void scheduleMeetingThenHoldMeetingWithJustItsIdHoldsTheScheduledMeeting() {
        String a = code();
        String b = code();
        String meeting = id("meeting");
        Imported imported = imported(importLines(ndjson(
                actor(a),
                actor(b),
                meeting("ScheduleMeeting", meeting, a, b).put("plannedFor", "2026-04"),
                line("HoldMeeting", "id", meeting, "outcome", "NONE")
                        .setAll(development("2026-04-14", "The two leaders meet as planned")))));

        assertAppended(imported.results().get(2), 3, "ScheduleMeeting", meeting, "MeetingScheduled");
        assertAppended(imported.results().get(3), 4, "HoldMeeting", meeting, "MeetingHeld");
        assertThat(imported.summary()).isEqualTo(summary(4, 4, 0, 0));

        JsonNode held = eventually("the meeting is held", () -> get("/api/meetings/" + meeting),
                reply -> reply.json().path("status").asText().equals("HELD")).json();
        assertThat(held.path("outcome").asText()).isEqualTo("NONE");
        assertThat(texts(held.path("participants"))).containsExactly(a, b);
        assertThat(fieldOfEach(held.path("history"), "type")).containsExactly("MeetingScheduled", "MeetingHeld");
        JsonNode scheduled = get("/api/meetings/" + meeting + "?asOf=2026-04-01").json();
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("plannedFor").asText()).isEqualTo("2026-04");
    }

    @Test
    void aCorrectionOrRetractionLineNamesTheRecordWithEventId() {
        String a = code();
        String b = code();
        String wrongDay = id("incident");
        String inError = id("incident");
        Imported recorded = imported(importLines(ndjson(
                actor(a),
                actor(b),
                line("RecordIncident", "id", wrongDay, "actor", a, "targets", arr(b), "cameo", "173")
                        .setAll(development("2026-03-05", "A detains a fishing crew of B")),
                line("RecordIncident", "id", inError, "actor", a, "targets", arr(b), "cameo", "171")
                        .setAll(development("2026-03-06", "A seizes a trawler of B")))));
        String record = eventId(recorded.results().get(2));
        String retracted = eventId(recorded.results().get(3));

        Imported corrected = imported(importLines(ndjson(
                line("CorrectRecord", "eventId", record, "date", "2026-03-04",
                        "summary", "A detains the crew of a fishing boat of B", "reason", "the arrest was a day earlier"),
                line("RetractRecord", "eventId", retracted, "reason", "no such seizure took place"))));
        JsonNode correction = assertAppended(corrected.results().get(0), 1, "CorrectRecord", record, "RecordCorrected");
        assertThat(eventId(corrected.results().get(0))).isNotEqualTo(record);
        assertAppended(corrected.results().get(1), 2, "RetractRecord", retracted, "RecordRetracted");
        assertThat(corrected.summary()).isEqualTo(summary(2, 2, 0, 0));

        JsonNode now = eventually("the correction and the retraction are read", () -> get("/api/events?actor=" + a),
                reply -> reply.json().path("items").size() == 1
                        && reply.json().path("items").path(0).path("corrected").asBoolean()).json();
        JsonNode shown = now.path("items").path(0);
        assertThat(shown.path("eventId").asText()).isEqualTo(record);
        assertThat(shown.path("date").asText()).isEqualTo("2026-03-04");
        assertThat(shown.path("summary").asText()).isEqualTo("A detains the crew of a fishing boat of B");

        Instant correctedAt = Instant.parse(correction.path("events").path(0).path("recordedAt").asText());
        JsonNode before = get("/api/events?actor=" + a + "&knownAt=" + encode(correctedAt.minusMillis(1).toString()))
                .json();
        assertThat(fieldOfEach(before.path("items"), "eventId")).containsExactly(record, retracted);
        assertThat(before.path("items").path(0).path("date").asText()).isEqualTo("2026-03-05");
        assertThat(before.path("items").path(0).path("summary").asText()).isEqualTo("A detains a fishing crew of B");
        assertThat(before.path("items").path(0).path("corrected").asBoolean()).isFalse();
    }

    // ---------------------------------------------------------------- lines

    /** An actor code no other test registers: X followed by 8 capitals or digits. */
    private static String code() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ObjectNode line(String command, Object... pairs) {
        ObjectNode line = obj("command", command);
        line.setAll(obj(pairs));
        return line;
    }

    private static ObjectNode actor(String code) {
        return line("RegisterActor", "code", code, "name", "Country " + code, "kind", "STATE");
    }

    /** The fields every development shares; every date is after the data set's last day. */
    private static ObjectNode development(String date, String summary) {
        return obj("date", date, "summary", summary, "sources", arr(obj("publication", "Kyodo News",
                "url", "https://english.kyodonews.net/news/2026/03/example", "publishedOn", date)));
    }

    private static ObjectNode measure(String id, String actor, String target) {
        return line("AnnounceMeasure", "id", id, "actor", actor, "targets", arr(target), "kind", "EXPORT_BAN",
                "items", arr("dual-use items"), "effectiveOn", "2026-03-02")
                .setAll(development("2026-03-02", "A bans exports of dual-use items to B"));
    }

    private static ObjectNode meeting(String command, String id, String a, String b) {
        return line(command, "id", id, "kind", "SUMMIT", "participants", arr(a, b), "host", a)
                .setAll(development("2026-03-20", "The leaders of A and B meet"));
    }

    private static String ndjson(ObjectNode... lines) {
        return Stream.of(lines).map(HttpTestClient::text).collect(Collectors.joining("\n", "", "\n"));
    }

    // ---------------------------------------------------------------- the answer

    /** The results of an import, one per non-blank line, and its summary. */
    private record Imported(List<JsonNode> results, JsonNode summary) {
    }

    /** A streamed NDJSON answer: 200, one result a line, the summary last. */
    private static Imported imported(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).as("%s", reply).startsWith(NDJSON);
        List<JsonNode> lines = reply.ndjson();
        assertThat(lines).as("%s", reply).isNotEmpty();
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(fieldNames(last)).as("the last line is the summary: %s", last).containsExactly("summary");
        List<JsonNode> results = new ArrayList<>(lines.subList(0, lines.size() - 1));
        results.forEach(result -> assertThat(result.has("summary")).as("%s", result).isFalse());
        return new Imported(results, last);
    }

    private static JsonNode summary(int lines, int appended, int repeated, int failed) {
        return obj("summary", obj("lines", lines, "appended", appended, "repeated", repeated, "failed", failed));
    }

    /** A line written: 201 with the aggregate's id and the one event appended. */
    private static JsonNode assertAppended(JsonNode result, int line, String command, String id, String type) {
        assertThat(fieldNames(result)).as("%s", result).containsExactly("command", "events", "id", "line", "status");
        assertThat(result.path("line").asInt()).as("%s", result).isEqualTo(line);
        assertThat(result.path("command").asText()).as("%s", result).isEqualTo(command);
        assertThat(result.path("status").asInt()).as("%s", result).isEqualTo(201);
        assertThat(result.path("id").asText()).as("%s", result).isEqualTo(id);
        JsonNode events = result.path("events");
        assertThat(events).as("%s", result).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(fieldNames(event)).as("%s", event).containsExactly("eventId", "position", "recordedAt", "type");
        assertThat(event.path("type").asText()).as("%s", result).isEqualTo(type);
        assertThatCode(() -> UUID.fromString(event.path("eventId").asText())).doesNotThrowAnyException();
        assertThat(event.path("position").isIntegralNumber()).as("%s", event).isTrue();
        assertThatCode(() -> Instant.parse(event.path("recordedAt").asText())).doesNotThrowAnyException();
        return result;
    }

    /** A line refused: its status and an RFC 9457 problem with the same status; answers the problem. */
    private static JsonNode assertRefused(JsonNode result, int line, String command, int status) {
        assertThat(fieldNames(result)).as("%s", result).containsExactly("command", "line", "problem", "status");
        assertThat(result.path("line").asInt()).as("%s", result).isEqualTo(line);
        if (command == null) {
            assertThat(result.path("command").isNull()).as("%s", result).isTrue();
        } else {
            assertThat(result.path("command").asText()).as("%s", result).isEqualTo(command);
        }
        assertThat(result.path("status").asInt()).as("%s", result).isEqualTo(status);
        JsonNode problem = result.path("problem");
        assertProblemObject(problem, status);
        return problem;
    }

    private static List<String> errorFields(JsonNode problem) {
        assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray()).as("errors of %s", problem).isTrue();
        errors.forEach(error -> assertThat(error.path("message").asText()).as("%s", error).isNotBlank());
        return fieldOfEach(errors, "field");
    }

    private static void assertPositionsGoUp(List<JsonNode> results) {
        long previous = -1;
        for (JsonNode result : results) {
            long position = result.path("events").path(0).path("position").asLong();
            assertThat(position).as("positions go up: %s", result).isGreaterThan(previous);
            previous = position;
        }
    }

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.contentType()).as("%s", reply).startsWith(PROBLEM_JSON);
        assertThat(reply.header("WWW-Authenticate")).as("%s", reply).startsWith("Bearer");
        assertProblemObject(reply.json(), 401);
    }

    private static String eventId(JsonNode result) {
        return result.path("events").path(0).path("eventId").asText();
    }

    private static List<String> fieldOfEach(JsonNode array, String field) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }
}
