package org.escalationtimeline.app.write;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.app.support.HttpTestClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.app.support.HttpTestClient.obj;

/**
 * {@code If-Match} names the aggregate version the client saw (the ETag of its last answer): the
 * write goes through only if the aggregate is still there; a stale one is a 412, a malformed one a 400.
 */
class IfMatchHttpTest extends WriteHttpTestBase {

    @Test
    void theCurrentVersionLetsTheWriteThrough() {
        String id = id("measure");
        Appended created = announceMeasure(id);
        assertThat(created.etag()).isEqualTo("\"0\"");

        Reply tightened = post("/api/measures/" + id + "/tighten", development("2026-01-20", "China widens the ban"),
                "If-Match", created.etag());
        assertWritten(tightened, id, "MeasureTightened", 1, null);

        // A weak tag of the current version, as some caches hand it on, is the same version.
        Reply eased = post("/api/measures/" + id + "/ease", development("2026-02-01", "China eases the ban"),
                "If-Match", "W/\"1\"");
        assertWritten(eased, id, "MeasureEased", 2, null);

        // "*" matches any version.
        Reply lifted = post("/api/measures/" + id + "/lift", development("2026-03-01", "China lifts the ban"),
                "If-Match", "*");
        assertWritten(lifted, id, "MeasureLifted", 3, null);
    }

    @Test
    void aStaleVersionIsAPreconditionFailure() {
        String id = id("measure");
        announceMeasure(id);
        change("/api/measures/" + id + "/tighten", development("2026-01-20", "China widens the ban"));

        Reply stale = post("/api/measures/" + id + "/ease", development("2026-02-01", "China eases the ban"),
                "If-Match", "\"0\"");
        JsonNode problem = assertProblem(stale, 412);
        assertThat(problem.path("detail").asText()).contains(id);

        Reply ahead = post("/api/measures/" + id + "/lift", development("2026-03-01", "China lifts the ban"),
                "If-Match", "\"7\"");
        assertProblem(ahead, 412);

        // Nothing was written: the version the client can use is still 1.
        assertWritten(post("/api/measures/" + id + "/lift", development("2026-03-01", "China lifts the ban"),
                "If-Match", "\"1\""), id, "MeasureLifted", 2, null);
    }

    @Test
    void aStaleVersionIsRefusedOnEveryKindOfLifecycleWrite() {
        // Carrying out a threat, holding a scheduled meeting and correcting a record may create their
        // aggregate, so Axon does not check their version: the write model does.
        String threat = id("threat");
        create("/api/measures/threats", measure(threat));
        assertProblem(post("/api/measures/" + threat + "/announce", development("2026-01-10", "Carried out"),
                "If-Match", "\"3\""), 412);

        String meeting = id("meeting");
        create("/api/meetings", scheduledMeeting(meeting));
        assertProblem(post("/api/meetings/" + meeting + "/held", development("2025-10-30", "Held"),
                "If-Match", "\"2\""), 412);

        String statement = id("statement");
        create("/api/statements", statement(statement));
        assertProblem(post("/api/statements/" + statement + "/retraction-demands",
                development("2025-11-13", "China demands a retraction").put("by", "CHN"), "If-Match", "\"4\""), 412);

        String protest = id("protest");
        create("/api/protests", protest(protest, "DIPLOMATIC", null));
        assertProblem(post("/api/protests/" + protest + "/responses",
                development("2026-01-09", "Rejected").put("by", "CHN").put("response", "REJECTED"),
                "If-Match", "\"1\""), 412);

        Appended incident = create("/api/incidents", incident(id("incident")));
        String record = incident.eventId().toString();
        change("/api/records/" + record + "/corrections", obj("summary", "Corrected once", "reason", "typo"));
        assertProblem(post("/api/records/" + record + "/corrections", obj("summary", "Corrected twice", "reason", "typo"),
                "If-Match", "\"5\""), 412);
        assertProblem(post("/api/records/" + record + "/retraction", obj("reason", "in error"),
                "If-Match", "\"3\""), 412);
        // ...and the current one lets them through.
        assertWritten(post("/api/records/" + record + "/retraction", obj("reason", "in error"), "If-Match", "\"0\""),
                record, "RecordRetracted", 1, null);
    }

    @Test
    void aMalformedIfMatchIsABadRequestNamingIt() {
        String id = id("measure");
        announceMeasure(id);
        Reply reply = post("/api/measures/" + id + "/tighten", development("2026-01-20", "China widens the ban"),
                "If-Match", "\"version-zero\"");
        JsonNode problem = assertBadField(reply, "If-Match");
        assertThat(problem.path("detail").asText()).contains("If-Match");
    }
}
