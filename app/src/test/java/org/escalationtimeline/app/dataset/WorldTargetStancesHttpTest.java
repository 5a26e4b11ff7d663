package org.escalationtimeline.app.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * China's measures aimed at WORLD (the 2025 rare-earth licensing and export controls) are aimed
 * at countries: over HTTP, on the bundled data set, as of 2026-01-10 they weigh on Japan and the
 * EU, not on the WTO; the stances DESIGN §6 expects of that day still hold.
 */
class WorldTargetStancesHttpTest extends LoadedDatasetHttpTestBase {

    private JsonNode stance(String actor, String toward) {
        JsonNode stances = get("/api/stances?asOf=2026-01-10&actor=" + actor).json().path("stances");
        for (JsonNode stance : stances) {
            if (stance.path("toward").asText().equals(toward)) {
                return stance;
            }
        }
        return fail("no stance of %s toward %s in %s", actor, toward, stances);
    }

    @Test
    void asOf2026_01_10ChinasMeasuresAimedAtWorldDoNotCoerceTheWto() {
        JsonNode towardWto = stance("CHN", "WTO");
        assertThat(towardWto.path("posture").asText()).as("%s", towardWto).isNotEqualTo("COERCING");
        assertThat(towardWto.path("activeMeasures")).as("%s", towardWto).isEmpty();
    }

    @Test
    void butTheyStillWeighOnJapanAndTheEuropeanUnion() {
        JsonNode towardJapan = stance("CHN", "JPN");
        assertThat(towardJapan.path("posture").asText()).isEqualTo("COERCING");
        assertThat(texts(towardJapan.path("activeMeasures"))).contains("cn-rare-earth-licensing-2025");
        JsonNode towardEu = stance("CHN", "EU");
        assertThat(towardEu.path("posture").asText()).as("%s", towardEu).isEqualTo("COERCING");
        assertThat(texts(towardEu.path("activeMeasures"))).as("%s", towardEu)
                .contains("cn-rare-earth-licensing-2025");
    }

    @Test
    void theStancesDesignExpectsOfThatDayStillHold() {
        assertThat(stance("JPN", "CHN").path("posture").asText()).isEqualTo("PROTESTING");
        assertThat(stance("JPN", "USA").path("posture").asText()).isEqualTo("ENGAGING");
        assertThat(stance("USA", "JPN").path("posture").asText()).isEqualTo("ENGAGING");
    }
}
