package org.escalationtimeline.api.query;

import org.escalationtimeline.api.DevelopmentTypes;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.value.ActorCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The event list at a cutoff, filtered and paged by position.
 *
 * @param actor an actor that is the source or a target
 * @param pair  two actors the development joins, in either direction
 * @param after the position after which the page starts (the previous page's {@code next}, which
 *              every page has, the last one too: a client tails the list by asking with it again)
 */
public record ListEvents(LocalDate asOf, Instant knownAt, ActorCode actor, ActorPair pair, String type,
                         LocalDate from, LocalDate to, Long after, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_LIMIT = 100;

    public ListEvents {
        // An unknown type or an empty window is a client's mistake, not an empty page.
        DevelopmentTypes.require("type", type);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from (" + from + ")");
        }
    }
}
