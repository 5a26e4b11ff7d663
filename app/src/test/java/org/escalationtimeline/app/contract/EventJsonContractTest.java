package org.escalationtimeline.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.escalationtimeline.api.TimelineEvent;
import org.escalationtimeline.app.store.StoredMessageJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored form of every event is a contract: events written years ago must still read. Each
 * event type's JSON, as the event store's serializer writes it, is compared with a checked-in
 * snapshot of its revision, and the snapshot must read back to the same event. To accept a
 * deliberate change, run with {@code -Dsnapshots.update=true} and review the diff. A changed
 * shape needs a new revision ({@code @Revision}) and an upcaster for the events already stored;
 * the earlier revision's snapshot stays, and must upcast to the new one.
 */
class EventJsonContractTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/event-json");
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(StoredMessageJson.objectMapper()).build();

    @TestFactory
    Stream<DynamicTest> everyEventIsStoredAsItsSnapshotSays() {
        return SampleEvents.all().stream().map(event -> DynamicTest.dynamicTest(
                event.getClass().getSimpleName(), () -> matchesSnapshot(event)));
    }

    @Test
    void everyEventTypeOfTheContractHasASnapshot() {
        Set<String> eventTypes = ApiTypes.concreteSubtypesOf(TimelineEvent.class);
        Set<String> sampled = SampleEvents.all().stream().map(event -> event.getClass().getName())
                .collect(Collectors.toSet());

        assertThat(eventTypes).hasSizeGreaterThanOrEqualTo(24);
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(eventTypes);
    }

    /**
     * An event whose shape changed under a new revision keeps the snapshot of the revision before: read through the
     * store's upcasters, it is today's snapshot of the same sample, so the upcaster drops and invents nothing.
     */
    @TestFactory
    Stream<DynamicTest> theSnapshotOfAnEarlierRevisionUpcastsToTodaysSnapshot() {
        List<TimelineEvent> revised = SampleEvents.all().stream()
                .filter(event -> !"1".equals(serializer.typeForClass(event.getClass()).getRevision())).toList();
        assertThat(revised).as("events of a revision after 1").isNotEmpty();
        return revised.stream().map(event -> DynamicTest.dynamicTest(event.getClass().getSimpleName(), () -> {
            String name = event.getClass().getSimpleName();
            String revision = serializer.typeForClass(event.getClass()).getRevision();
            String before = String.valueOf(Integer.parseInt(revision) - 1);
            Path earlier = snapshot(name, before);
            assertThat(earlier).as("the snapshot of revision %s, kept", before).exists();

            SerializedObject<JsonNode> upcast = Upcasting.toToday(Files.readString(earlier, StandardCharsets.UTF_8),
                    event.getClass().getName(), before, serializer);
            assertThat(upcast.getType().getRevision()).isEqualTo(revision);
            assertThat(upcast.getData()).isEqualTo(PRETTY.readTree(Files.readString(snapshot(name, revision),
                    StandardCharsets.UTF_8)));
            Object read = serializer.deserialize(upcast);
            assertThat(read).isEqualTo(event);
        }));
    }

    /** {@code MeetingScheduled.json} for revision 1, {@code MeetingScheduled.revision-2.json} for the next. */
    private static Path snapshot(String eventType, String revision) {
        return SNAPSHOTS.resolve("1".equals(revision) ? eventType + ".json" : eventType + ".revision-" + revision + ".json");
    }

    private void matchesSnapshot(TimelineEvent event) throws IOException {
        SerializedObject<String> stored = serializer.serialize(event, String.class);
        Path snapshot = snapshot(event.getClass().getSimpleName(), stored.getType().getRevision());
        JsonNode actual = PRETTY.readTree(stored.getData());
        if (Boolean.getBoolean("snapshots.update")) {
            Files.writeString(snapshot, PRETTY.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(snapshot).as("the snapshot of %s", event.getClass().getSimpleName()).exists();
        JsonNode expected = PRETTY.readTree(Files.readString(snapshot, StandardCharsets.UTF_8));

        assertThat(actual).as("stored JSON of %s", event.getClass().getSimpleName()).isEqualTo(expected);
        Object read = serializer.deserialize(
                new SimpleSerializedObject<>(PRETTY.writeValueAsString(expected), String.class, stored.getType()));
        assertThat(read).isEqualTo(event);
    }
}
