package org.escalationtimeline.api;

import org.escalationtimeline.api.value.ActorCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Lists of actors named by a command: each once, none missing. */
public final class ActorLists {

    private ActorLists() {
    }

    /** The actors in their order, each once; a null in the list is refused, naming the field. */
    public static List<ActorCode> distinct(String field, List<ActorCode> actors) {
        InvalidValue.require(field, actors);
        if (actors.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue(field, "must not contain null");
        }
        return List.copyOf(new LinkedHashSet<>(actors));
    }
}
