package org.escalationtimeline.app.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/**
 * The JSON form of every message Axon stores: event payloads and metadata, snapshots, tracking tokens.
 * <p>
 * Built here rather than copied from Spring Boot's {@code ObjectMapper} bean: stored JSON must not change when the
 * HTTP mapper is tuned through {@code spring.jackson.*} (HTTP refuses unknown fields, the store must not, or an event
 * stored before a field was dropped could never be read again). It has the same modules and date handling as Boot's
 * mapper, so instants and dates are ISO-8601 strings.
 */
public final class StoredMessageJson {

    private StoredMessageJson() {
    }

    /** A new mapper each call: Axon's serializer registers its own modules on the instance it is given. */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
