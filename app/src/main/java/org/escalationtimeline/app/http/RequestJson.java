package org.escalationtimeline.app.http;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON a client sends (request bodies and import lines, both read by Spring Boot's
 * {@code ObjectMapper}) means exactly what it says: a number or a boolean is not text, text is
 * not a number or a boolean, an empty string is not a missing value. Jackson's default would turn
 * {@code "summary": 5} into the summary "5" and {@code "goldstein": "5"} into 5.0, recording what
 * the client may not have meant. Duplicate keys and content after the object are refused by the
 * {@code spring.jackson.*} keys of {@code application.yml}. Stored messages keep their own lenient
 * mapper ({@code StoredMessageJson}): what was once stored must always read.
 */
@Configuration(proxyBeanMethods = false)
public class RequestJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noCoercionOfClientValues() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigDefaults()
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
                mapper.coercionConfigFor(number)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
