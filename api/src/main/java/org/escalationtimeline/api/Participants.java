package org.escalationtimeline.api;

import org.escalationtimeline.api.value.ActorCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The actors who take part in a call or a meeting: at least two, each once. */
public final class Participants {

    private Participants() {
    }

    public static List<ActorCode> require(List<ActorCode> participants) {
        InvalidValue.require("participants", participants);
        if (participants.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("participants", "must not contain null");
        }
        Set<ActorCode> distinct = new LinkedHashSet<>(participants);
        if (distinct.size() != participants.size()) {
            throw new InvalidValue("participants", "each participant is named once");
        }
        if (distinct.size() < 2) {
            throw new InvalidValue("participants", "name two or more distinct participants");
        }
        return List.copyOf(distinct);
    }
}
