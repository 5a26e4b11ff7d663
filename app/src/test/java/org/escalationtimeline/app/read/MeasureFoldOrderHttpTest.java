package org.escalationtimeline.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP, a measure's state follows the order it was written in: the write side accepts a
 * suspension dated only by its month (2025-10, precision MONTH: its first day comes first) after an
 * announcement of 2025-10-09, and the read side folds it after the announcement, in the measure
 * and in the stances. Actors of its own: A and B.
 */
class MeasureFoldOrderHttpTest extends ReadHttpTestBase {

    @Test
    void aSuspensionDatedByItsMonthAfterADayDatedAnnouncementSuspendsTheMeasure() {
        String a = freshActor();
        String b = freshActor();
        String measureId = id("ban");
        write("/api/measures", measure(measureId, a, List.of(b), "2025-10-09", a + " bans exports"));
        write("/api/measures/" + measureId + "/ease",
                development("2025-10-01", "suspended").put("datePrecision", "MONTH").put("suspend", true));

        JsonNode measure = await("/api/measures/" + measureId + "?asOf=2025-10-31",
                m -> m.path("history").size() == 2);
        assertThat(measure.path("status").asText()).as("%s", measure).isEqualTo("SUSPENDED");
        assertThat(measure.path("history").path(0).path("type").asText()).isEqualTo("MeasureAnnounced");
        assertThat(measure.path("history").path(1).path("type").asText()).isEqualTo("MeasureSuspended");

        JsonNode stances = get("/api/stances?asOf=2025-10-31&actor=" + a).json().path("stances");
        assertThat(stances).hasSize(1);
        assertThat(stances.path(0).path("toward").asText()).isEqualTo(b);
        assertThat(stances.path(0).path("posture").asText()).as("%s", stances).isNotEqualTo("COERCING");
        assertThat(stances.path(0).path("activeMeasures")).isEmpty();
    }
}
