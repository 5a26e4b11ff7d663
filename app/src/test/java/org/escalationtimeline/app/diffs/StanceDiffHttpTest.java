package org.escalationtimeline.app.diffs;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/stances/diff on a scenario of two actors of its own: A announces an export ban on B on
 * 2024-03-01 and lifts it on 2024-05-01; B protests to A on 2024-08-20, and that record is later
 * retracted as made in error. The window is the default 90 days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StanceDiffHttpTest extends ReadHttpTestBase {

    private String a;
    private String b;
    private Appended protest;
    private Appended retraction;

    @BeforeAll
    void scenario() {
        a = freshActor();
        b = freshActor();
        String ban = id("ban");
        write("/api/measures", measure(ban, a, "EXPORT_BAN", "2024-03-01", b));
        write("/api/measures/" + ban + "/lift", development("2024-05-01", a + " lifts its ban"));
        protest = write("/api/protests", obj("id", id("protest"), "actor", b, "against", a, "forum", "DIPLOMATIC")
                .setAll(development("2024-08-20", b + " protests to " + a)));
        awaitProjected(protest);
        retraction = write("/api/records/" + protest.eventId() + "/retraction",
                obj("reason", "the protest was recorded against the wrong country"));
        awaitRetracted(protest);
    }

    @Test
    void aMeasureAnnouncedThenLiftedMovesItsActorFromCoercingToNeutral() {
        // As of 2024-09-01 the lift (2024-05-01) has left the 90-day window: nothing is left to weigh.
        Reply reply = get("/api/stances/diff?from=2024-04-01&to=2024-09-01&actor=" + a);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode diff = reply.json();
        assertThat(fieldNames(diff)).containsExactlyInAnyOrder("from", "to", "window", "changes");
        assertThat(diff.path("from").path("asOf").asText()).isEqualTo("2024-04-01");
        assertThat(diff.path("to").path("asOf").asText()).isEqualTo("2024-09-01");
        assertThat(diff.path("from").path("knownAt").asText()).isEqualTo(diff.path("to").path("knownAt").asText());
        assertThat(diff.path("window").asText()).isEqualTo("P90D");
        assertThat(changes(diff)).containsExactly(a + "->" + b + " COERCING->NEUTRAL");
        JsonNode change = diff.path("changes").get(0);
        assertThat(fieldNames(change)).containsExactlyInAnyOrder("actor", "toward", "from", "to");
    }

    @Test
    void theAnnouncementMovesItsActorFromNeutralToCoercing() {
        JsonNode diff = read("/api/stances/diff?from=2024-02-01&to=2024-04-01&actor=" + a);

        assertThat(changes(diff)).containsExactly(a + "->" + b + " NEUTRAL->COERCING");
    }

    @Test
    void withinTheWindowTheLiftLeavesItsActorEngaging() {
        // The lift is cooperation from A to B in the window ending 2024-06-01, with no conflict there.
        JsonNode diff = read("/api/stances/diff?from=2024-04-01&to=2024-06-01&actor=" + a);
        assertThat(changes(diff)).containsExactly(a + "->" + b + " COERCING->ENGAGING");

        JsonNode shortWindow = read("/api/stances/diff?from=2024-04-01&to=2024-06-01&window=P7D&actor=" + a);
        assertThat(shortWindow.path("window").asText()).isEqualTo("P7D");
        assertThat(changes(shortWindow)).containsExactly(a + "->" + b + " COERCING->NEUTRAL");
    }

    @Test
    void withoutAnActorEveryMoveIsListedAndBothDirectionsOfTheScenarioAreThere() {
        JsonNode diff = read("/api/stances/diff?from=2024-02-01&to=2024-04-01");

        List<String> ours = changes(diff).stream().filter(c -> c.startsWith(a + "->") || c.startsWith(b + "->")).toList();
        // B toward A stays NEUTRAL (B has done nothing to A by then): only A's posture moved.
        assertThat(ours).containsExactly(a + "->" + b + " NEUTRAL->COERCING");
    }

    @Test
    void twoRecordingInstantsAtOneAsOfShowWhatARetractionChanged() {
        String path = "/api/stances/diff?asOf=2024-09-01&fromKnownAt=" + protest.recordedAt()
                + "&toKnownAt=" + retraction.recordedAt() + "&actor=" + b;

        JsonNode diff = read(path);

        assertThat(diff.path("from").path("asOf").asText()).isEqualTo("2024-09-01");
        assertThat(diff.path("to").path("asOf").asText()).isEqualTo("2024-09-01");
        assertThat(diff.path("from").path("knownAt").asText()).isEqualTo(protest.recordedAt().toString());
        assertThat(diff.path("to").path("knownAt").asText()).isEqualTo(retraction.recordedAt().toString());
        assertThat(changes(diff)).containsExactly(b + "->" + a + " PROTESTING->NEUTRAL");
    }

    @Test
    void theSameCutoffTwiceChangesNothing() {
        JsonNode diff = read("/api/stances/diff?from=2024-04-01&to=2024-04-01&actor=" + a);

        assertThat(diff.path("changes").isArray()).isTrue();
        assertThat(diff.path("changes")).isEmpty();
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertBadParameter(get("/api/stances/diff"), "from");
        assertBadParameter(get("/api/stances/diff?to=2024-01-01"), "from");
        assertBadParameter(get("/api/stances/diff?from=last-week"), "from");
        assertBadParameter(get("/api/stances/diff?from=2024-01-01&to=2024-13-01"), "to");
        assertBadParameter(get("/api/stances/diff?from=2024-05-01&to=2024-04-01"), "to");
        assertBadParameter(get("/api/stances/diff?fromKnownAt=yesterday"), "fromKnownAt");
        assertBadParameter(get("/api/stances/diff?fromKnownAt=2024-05-02T00:00:00Z&toKnownAt=2024-05-01T00:00:00Z"),
                "toKnownAt");
        assertBadParameter(get("/api/stances/diff?from=2024-01-01&knownAt=soon"), "knownAt");
        assertBadParameter(get("/api/stances/diff?from=2024-01-01&window=P0D"), "window");
        assertBadParameter(get("/api/stances/diff?from=2024-01-01&actor=chn"), "actor");
    }

    /** The changes as {@code A->B FROM->TO}, in the order answered. */
    static List<String> changes(JsonNode diff) {
        List<String> changes = new ArrayList<>();
        diff.path("changes").forEach(change -> changes.add(change.path("actor").asText() + "->"
                + change.path("toward").asText() + " " + change.path("from").asText() + "->" + change.path("to").asText()));
        return changes;
    }
}
