package org.escalationtimeline.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.escalationtimeline.app.store.StoredEventUpcasters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored JSON of some revision, through the event store's own upcaster chain, as an aggregate or a processor reads it. */
final class Upcasting {

    private Upcasting() {
    }

    static SerializedObject<JsonNode> toToday(String json, String type, String revision, Serializer serializer) {
        GenericDomainEventEntry<byte[]> row = new GenericDomainEventEntry<>("Fixture", "fixture", 0L,
                UUID.randomUUID().toString(), Instant.EPOCH, type, revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = StoredEventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).as("one event in, one event out").hasSize(1);
        return new SimpleSerializedObject<>(upcast.get(0).getData(JsonNode.class).getData(), JsonNode.class,
                upcast.get(0).getType());
    }
}
