package org.escalationtimeline.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads an event payload the read model kept under an earlier revision of its class in today's shape, through the
 * upcasters the event store reads through: a row projected before an event changed shape stays readable as it is,
 * without waiting for a rebuild to project it again.
 */
@Component
public class EarlierRevisions {

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final EventUpcaster upcasters;
    private final Serializer json = JacksonSerializer.builder().objectMapper(ReadModelJson.mapper())
            .revisionResolver(REVISIONS).build();

    /** Every upcaster of the store (Axon's EventUpcaster beans); none where no event has changed shape. */
    public EarlierRevisions(List<EventUpcaster> upcasters) {
        this.upcasters = new EventUpcasterChain(upcasters);
    }

    /** The revision a payload of this class is written under today (its {@code @Revision}). */
    public static String of(Class<?> type) {
        return REVISIONS.revisionOf(type);
    }

    /** The payload kept as {@code payload} under {@code revision}, read as today's {@code type}. */
    public <T> T read(String payload, String revision, Class<T> type) {
        String today = of(type);
        if (Objects.equals(revision, today)) {
            return ReadModelJson.read(payload, type);
        }
        GenericDomainEventEntry<String> kept = new GenericDomainEventEntry<>(null, null, 0, null, Instant.EPOCH,
                type.getName(), revision, payload, "{}");
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(kept, json))).toList();
        if (upcast.size() != 1 || !Objects.equals(upcast.get(0).getType().getRevision(), today)) {
            throw new ReadModelJson.Unreadable("no upcaster reads " + type.getSimpleName() + " revision " + revision
                    + " as revision " + today, null);
        }
        return ReadModelJson.read(upcast.get(0).getData(JsonNode.class).getData(), type);
    }
}
