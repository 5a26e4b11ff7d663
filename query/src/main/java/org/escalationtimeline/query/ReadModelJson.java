package org.escalationtimeline.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON kept in read-model columns (sources, the event payload): written and read the same way. */
public final class ReadModelJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ReadModelJson() {
    }

    /**
     * JSON the read model kept that cannot be read back: the service's own failure, whatever parser exception it
     * carries, never a fault of the request that met it.
     */
    public static final class Unreadable extends IllegalStateException {

        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }

    /** A payload read back as the event class that was written. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new Unreadable("unreadable read-model JSON for " + type.getSimpleName(), e);
        }
    }

    /** A payload as a tree (as an upcaster left it) read as the event class it now is. */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new Unreadable("unreadable read-model JSON for " + type.getSimpleName(), e);
        }
    }

    /** The mapper itself, for Axon's serializer to convert kept payloads with while they are upcast. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Unreadable("unreadable read-model JSON", e);
        }
    }
}
