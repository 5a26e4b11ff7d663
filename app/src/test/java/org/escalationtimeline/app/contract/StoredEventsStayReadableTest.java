package org.escalationtimeline.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.escalationtimeline.api.RecordedDevelopment;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.app.store.StoredMessageJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event as it was first stored must read back for as long as the store lives, whatever
 * today's rules for new commands say. The fixtures under {@code event-json/stored-2026-11} are
 * frozen: they are never regenerated (unlike the snapshots of {@link EventJsonContractTest}),
 * so a change that stops one of them from loading is caught here. They load as the store
 * reads them, through its upcasters ({@code StoredEventUpcasters}) to today's revision. Those under
 * {@code beyond-todays-policy} break a rule of the command path (a code not in today's CAMEO
 * table, a summary or sources beyond today's limits, a date outside today's range) as a store
 * written under other rules may hold.
 */
class StoredEventsStayReadableTest {

    private static final Path NOVEMBER_2026 = Path.of("src/test/resources/event-json/stored-2026-11");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> EVENT_TYPES = SampleEvents.all().stream()
            .collect(Collectors.toMap(event -> event.getClass().getSimpleName(), Object::getClass,
                    (a, b) -> a));

    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(StoredMessageJson.objectMapper()).build();

    @TestFactory
    Stream<DynamicTest> everyStoredEventOfNovember2026StillLoads() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(NOVEMBER_2026)) {
            fixtures = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(fixtures).as("frozen fixtures").hasSizeGreaterThanOrEqualTo(EVENT_TYPES.size() + 7);
        assertThat(fixtures.stream().map(StoredEventsStayReadableTest::typeOf).collect(Collectors.toSet()))
                .as("every event type has a frozen fixture").containsAll(EVENT_TYPES.keySet());
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(
                NOVEMBER_2026.relativize(file).toString(), () -> loads(file)));
    }

    private void loads(Path fixture) throws IOException {
        String stored = Files.readString(fixture, StandardCharsets.UTF_8);
        Class<?> type = EVENT_TYPES.get(typeOf(fixture));
        assertThat(type).as("the event type of %s", fixture).isNotNull();

        // As the store reads it: revision 1, as it was written, through the upcasters to today's revision.
        SerializedObject<JsonNode> today = Upcasting.toToday(stored, type.getName(), "1", serializer);
        Object event = serializer.deserialize(today);

        JsonNode expected = JSON.readTree(stored);
        assertThat(event).isInstanceOf(type);
        assertThat(((TimelineEvent) event).eventId()).isEqualTo(UUID.fromString(eventIdOf(expected)));
        if (event instanceof RecordedDevelopment development) {
            JsonNode stated = expected.get("development");
            assertThat(development.development().date().iso()).isEqualTo(stated.get("date").asText());
            assertThat(development.development().cameo().value()).isEqualTo(stated.get("cameo").asText());
            assertThat(development.development().summary()).isEqualTo(stated.get("summary").asText());
            assertThat(development.development().sources()).hasSize(stated.get("sources").size());
            assertThat(development.development().cameo().entry().label()).isNotBlank();
            assertThat(development.development().cameo().quadClass()).isNotNull();
        }
        // Nothing is lost or changed on the way: written again, it is the JSON it was read from, in today's revision.
        SerializedObject<String> again = serializer.serialize(event, String.class);
        assertThat(again.getType()).isEqualTo(today.getType());
        assertThat(JSON.readTree(again.getData())).isEqualTo(today.getData());
    }

    /** {@code CallHeld.json} and {@code CallHeld--date-after-year-9999.json} are both CallHeld events. */
    private static String typeOf(Path fixture) {
        String name = fixture.getFileName().toString().replace(".json", "");
        int variant = name.indexOf("--");
        return variant < 0 ? name : name.substring(0, variant);
    }

    private static String eventIdOf(JsonNode stored) {
        return Stream.of(stored.get("eventId"), stored.path("development").get("eventId"))
                .filter(node -> node != null && !node.isNull()).map(JsonNode::asText).findFirst()
                .orElseThrow();
    }
}
