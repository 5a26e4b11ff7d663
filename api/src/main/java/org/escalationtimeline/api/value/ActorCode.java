package org.escalationtimeline.api.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.escalationtimeline.api.InvalidValue;

import java.util.regex.Pattern;

/** A country, bloc or organisation: ISO 3166 alpha-3 for states (CHN, JPN), names for the rest (EU, WTO). */
public record ActorCode(@JsonValue String value) implements Comparable<ActorCode> {

    private static final Pattern PATTERN = Pattern.compile("^[A-Z][A-Z0-9]{1,9}$");

    public ActorCode {
        InvalidValue.require("actor", value);
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValue("actor", "'" + value + "' is not an actor code (" + PATTERN.pattern() + ")");
        }
    }

    @JsonCreator
    public static ActorCode of(String value) {
        return new ActorCode(value);
    }

    @Override
    public int compareTo(ActorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
