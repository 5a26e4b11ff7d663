package org.escalationtimeline.api.protest;

import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;

/** What a protest is about: one measure or one statement, named by its id. */
public record ProtestSubject(String measure, String statement) {

    public ProtestSubject {
        if ((measure == null) == (statement == null)) {
            throw new InvalidValue("about", "name either a measure or a statement");
        }
        if (measure != null) {
            AggregateIds.require("about.measure", measure);
        } else {
            AggregateIds.require("about.statement", statement);
        }
    }

    public static ProtestSubject measure(String id) {
        return new ProtestSubject(id, null);
    }

    public static ProtestSubject statement(String id) {
        return new ProtestSubject(null, id);
    }

    /** The kind of aggregate named: "measure" or "statement". */
    public String aggregateType() {
        return measure != null ? "measure" : "statement";
    }

    public String aggregateId() {
        return measure != null ? measure : statement;
    }
}
