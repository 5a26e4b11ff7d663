package org.escalationtimeline.api.statement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.escalationtimeline.api.ActorLists;
import org.escalationtimeline.api.AggregateIds;
import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.Text;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/**
 * @param actor   the actor the speaker speaks for
 * @param speaker who spoke ("Prime Minister Sanae Takaichi")
 * @param about   the actors the statement is about; its targets
 */
public record MakeStatement(@TargetAggregateIdentifier String statementId, ActorCode actor, String speaker,
                            List<ActorCode> about, Tone tone, String topic, Report report) {

    public static final int MAX_TEXT = 200;

    public MakeStatement {
        AggregateIds.require("id", statementId);
        InvalidValue.require("actor", actor);
        speaker = text("speaker", speaker, true);
        about = ActorLists.distinct("about", about);
        if (about.isEmpty()) {
            throw new InvalidValue("about", "name at least one actor the statement is about");
        }
        if (about.contains(actor)) {
            throw new InvalidValue("about", "a statement is about other actors than its own");
        }
        InvalidValue.require("tone", tone);
        topic = text("topic", topic, false);
        InvalidValue.require("report", report);
    }

    private static String text(String field, String value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        return Text.line(field, value, MAX_TEXT);
    }
}
