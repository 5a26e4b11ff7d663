package org.escalationtimeline.api;

import java.util.regex.Pattern;

/** Client-chosen ids of measures, statements, protests, calls, meetings and incidents. */
public final class AggregateIds {

    public static final Pattern PATTERN = Pattern.compile("^[a-z0-9][a-z0-9-]{2,63}$");

    private AggregateIds() {
    }

    public static String require(String field, String id) {
        InvalidValue.require(field, id);
        if (!PATTERN.matcher(id).matches()) {
            throw new InvalidValue(field, "must match " + PATTERN.pattern());
        }
        return id;
    }
}
