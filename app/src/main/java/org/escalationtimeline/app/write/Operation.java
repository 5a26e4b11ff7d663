package org.escalationtimeline.app.write;

import java.util.UUID;
import java.util.function.Function;

/**
 * A write the service accepts: its name (as the import format names it), the body it reads, and
 * how a body becomes the command sent to the write model.
 *
 * @param name     the command's name, e.g. {@code AnnounceMeasure}
 * @param clientId for a creating write, the id the client chose in its body (null if it chose none);
 *                 null for a write to an existing aggregate, whose id is in the path
 * @param idPrefix for a creating write, the prefix of an id the server makes up
 */
public record Operation<B>(String name, Class<B> bodyType, Function<B, String> clientId, String idPrefix,
                           CommandFactory<B> factory) {

    @FunctionalInterface
    public interface CommandFactory<B> {

        /**
         * @param aggregateId     the id of the aggregate written to
         * @param eventId         the id the new event will carry
         * @param expectedVersion the client's If-Match, or null
         */
        Object command(String aggregateId, B body, UUID eventId, Long expectedVersion);
    }

    public boolean creates() {
        return clientId != null;
    }

    static <B> Operation<B> creating(String name, Class<B> bodyType, Function<B, String> clientId, String idPrefix,
                                     CommandFactory<B> factory) {
        return new Operation<>(name, bodyType, clientId, idPrefix, factory);
    }

    static <B> Operation<B> changing(String name, Class<B> bodyType, CommandFactory<B> factory) {
        return new Operation<>(name, bodyType, null, null, factory);
    }
}
