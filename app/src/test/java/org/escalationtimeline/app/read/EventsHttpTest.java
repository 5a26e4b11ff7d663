package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.arr;
import static org.escalationtimeline.app.support.HttpTestClient.fieldNames;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * GET /api/events over HTTP: the body of Appendix A, the filters and the paging by position. The
 * scenario, written once through the write endpoints with actors of its own (A, B, C):
 * <pre>
 * E1 MeasureAnnounced A→[B, C] EXPORT_BAN 2025-10-09 (163, −8.0)
 * E2 CallHeld B, C                        2025-11-25 (041, +1.0)
 * E3 StatementMade B→A HOSTILE            2025-11-07 (111, −2.0)
 * E4 ProtestLodged B→A DIPLOMATIC         2026-01-08 (114, −2.0)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsHttpTest extends ReadHttpTestBase {

    String a;
    String b;
    String c;
    String measureId;
    Appended e1;
    Appended e2;
    Appended e3;
    Appended e4;

    @BeforeAll
    void writeTheScenario() {
        a = freshActor();
        b = freshActor();
        c = freshActor();
        measureId = id("ban");
        e1 = write("/api/measures", measure(measureId, a, List.of(b, c), "2025-10-09", a + " bans exports"));
        e2 = write("/api/calls", call(id("call"), "2025-11-25", b, c));
        e3 = write("/api/statements", statement(id("statement"), b, a, "HOSTILE", "2025-11-07"));
        e4 = write("/api/protests", protest(id("protest"), b, a, "DIPLOMATIC", measureId, "2026-01-08"));
        awaitEvents("actor=" + b, e1.eventId(), e2.eventId(), e3.eventId(), e4.eventId());
    }

    List<UUID> ids(String query) {
        Reply reply = get("/api/events?" + query);
        assertThat(reply.status()).as("GET /api/events?%s -> %s", query, reply).isEqualTo(200);
        return eventIds(reply.json()).stream().map(UUID::fromString).toList();
    }

    @Test
    void aPageHasItemsAndNextAndEachItemTheFieldsOfAppendixA() {
        Reply reply = get("/api/events?actor=" + a);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode page = reply.json();
        assertThat(fieldNames(page)).containsExactlyInAnyOrder("items", "next");
        assertThat(page.get("items")).hasSize(3);
        assertThat(page.get("next").asLong()).as("the last page says where to go on")
                .isGreaterThanOrEqualTo(page.get("items").get(2).get("position").asLong());
        page.get("items").forEach(ReadHttpClient::assertEventShape);

        JsonNode first = page.get("items").get(0);
        assertThat(first.get("eventId").asText()).isEqualTo(e1.eventId().toString());
        assertThat(first.get("type").asText()).isEqualTo("MeasureAnnounced");
        assertThat(first.get("date").asText()).isEqualTo("2025-10-09");
        assertThat(first.get("datePrecision").asText()).isEqualTo("DAY");
        assertThat(java.time.Instant.parse(first.get("recordedAt").asText())).isEqualTo(e1.recordedAt());
        assertThat(first.get("position").asLong()).isEqualTo(e1.position());
        assertThat(first.get("actor").asText()).isEqualTo(a);
        assertThat(first.get("targets")).isEqualTo(arr(b, c));
        assertThat(first.get("summary").asText()).isEqualTo(a + " bans exports");
        assertThat(first.get("sources")).isEqualTo(arr(reuters()));
        assertThat(first.get("cameo")).isEqualTo(obj("code", "163", "label", "Impose embargo, boycott, or sanctions",
                "quadClass", 4));
        assertThat(first.get("goldstein").isNumber()).isTrue();
        assertThat(first.get("goldstein").asDouble()).isEqualTo(-8.0);
        assertThat(first.get("aggregate")).isEqualTo(obj("type", "measure", "id", measureId));
        assertThat(first.get("corrected").asBoolean()).isFalse();

        JsonNode protest = page.get("items").get(2);
        assertThat(protest.get("cameo")).isEqualTo(obj("code", "114", "label", "Complain officially", "quadClass", 3));
        assertThat(protest.get("aggregate").get("type").asText()).isEqualTo("protest");
    }

    @Test
    void theCallIsListedAsItsFirstParticipantsTowardTheOthers() {
        Reply reply = get("/api/events?type=CallHeld&actor=" + c);
        JsonNode item = reply.json().get("items").get(0);
        assertThat(item.get("actor").asText()).isEqualTo(b);
        assertThat(item.get("targets")).isEqualTo(arr(c));
        assertThat(item.get("cameo")).isEqualTo(obj("code", "041", "label", "Discuss by telephone", "quadClass", 1));
        assertThat(item.get("goldstein").asDouble()).isEqualTo(1.0);
        assertThat(item.get("aggregate").get("type").asText()).isEqualTo("call");
    }

    @Test
    void actorKeepsWhatTheActorDidOrWasAimedAtOrTookPartIn() {
        assertThat(ids("actor=" + a)).containsExactly(e1.eventId(), e3.eventId(), e4.eventId());
        assertThat(ids("actor=" + c)).containsExactly(e1.eventId(), e2.eventId());
    }

    @Test
    void pairKeepsWhatJoinsTheTwoInEitherDirection() {
        assertThat(ids("pair=" + a + "-" + b)).containsExactly(e1.eventId(), e3.eventId(), e4.eventId());
        assertThat(ids("pair=" + b + "-" + a)).containsExactly(e1.eventId(), e3.eventId(), e4.eventId());
        assertThat(ids("pair=" + b + "-" + c)).containsExactly(e2.eventId());
        assertThat(ids("pair=" + a + "-" + c)).containsExactly(e1.eventId());
    }

    @Test
    void typeFromAndToNarrowIt() {
        assertThat(ids("type=StatementMade&actor=" + b)).containsExactly(e3.eventId());
        assertThat(ids("actor=" + a + "&from=2025-11-01&to=2025-12-31")).containsExactly(e3.eventId());
        assertThat(ids("actor=" + a + "&to=2025-10-09")).containsExactly(e1.eventId());
        assertThat(ids("actor=" + a + "&from=2026-01-08")).containsExactly(e4.eventId());
    }

    @Test
    void asOfAndKnownAtCutTheList() {
        assertThat(ids("actor=" + a + "&asOf=2025-12-31")).containsExactly(e1.eventId(), e3.eventId());
        assertThat(ids("actor=" + a + "&asOf=2025-10-08")).isEmpty();
        assertThat(ids("actor=" + b + "&knownAt=" + q(e2.recordedAt()))).containsExactly(e1.eventId(), e2.eventId());
        assertThat(ids("actor=" + b + "&knownAt=" + q(e1.recordedAt().minusMillis(1)))).isEmpty();
        // A date alone is the end of that day, UTC: nothing of this run was recorded by 2026-01-10.
        assertThat(ids("actor=" + b + "&knownAt=2026-01-10")).isEmpty();
    }

    @Test
    void nextIsThePositionToAskAfterForTheFollowingPage() {
        List<UUID> seen = new ArrayList<>();
        String query = "actor=" + b + "&limit=1";
        JsonNode page = get("/api/events?" + query).json();
        int pages = 1;
        while (!page.get("items").isEmpty()) {
            assertThat(page.get("items")).hasSize(1);
            seen.add(UUID.fromString(page.get("items").get(0).get("eventId").asText()));
            assertThat(page.get("next").isIntegralNumber()).isTrue();
            assertThat(page.get("next").asLong()).isEqualTo(page.get("items").get(0).get("position").asLong());
            page = get("/api/events?" + query + "&after=" + page.get("next").asLong()).json();
            pages++;
        }
        assertThat(pages).as("four full pages, then an empty one").isEqualTo(5);
        assertThat(page.get("next").asLong()).as("the empty last page never goes back").isGreaterThanOrEqualTo(e4.position());
        assertThat(seen).containsExactly(e1.eventId(), e2.eventId(), e3.eventId(), e4.eventId());

        JsonNode firstTwo = get("/api/events?actor=" + b + "&limit=2").json();
        assertThat(firstTwo.get("next").asLong()).isEqualTo(e2.position());
        JsonNode lastTwo = get("/api/events?actor=" + b + "&limit=2&after=" + e2.position()).json();
        assertThat(eventIds(lastTwo)).containsExactly(e3.eventId().toString(), e4.eventId().toString());
        assertThat(lastTwo.get("next").asLong()).isGreaterThanOrEqualTo(e4.position());
        assertThat(ids("actor=" + b + "&after=" + e4.position())).isEmpty();
    }
}
