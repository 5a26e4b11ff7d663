package org.escalationtimeline.api.query;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.value.ActorCode;

/** An unordered pair of actors, written {@code CHN-JPN}; its canonical order is alphabetical. */
public record ActorPair(ActorCode first, ActorCode second) {

    public ActorPair {
        InvalidValue.require("pair", first);
        InvalidValue.require("pair", second);
        if (first.equals(second)) {
            throw new InvalidValue("pair", "names two different actors");
        }
        if (first.compareTo(second) > 0) {
            ActorCode swap = first;
            first = second;
            second = swap;
        }
    }

    public static ActorPair parse(String text) {
        InvalidValue.require("pair", text);
        String[] codes = text.split("-");
        if (codes.length != 2) {
            throw new InvalidValue("pair", "'" + text + "' is not a pair such as CHN-JPN");
        }
        try {
            return new ActorPair(new ActorCode(codes[0]), new ActorCode(codes[1]));
        } catch (InvalidValue e) {
            throw new InvalidValue("pair", "'" + text + "' is not a pair such as CHN-JPN");
        }
    }

    @Override
    public String toString() {
        return first + "-" + second;
    }
}
