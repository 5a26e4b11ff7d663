package org.escalationtimeline.api.query;

import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.value.ActorCode;

import java.util.List;

/**
 * A protest as it stood at a cutoff.
 *
 * @param about {@code {"measure": id}} or {@code {"statement": id}}, or null
 */
public record ProtestView(String id, ActorCode actor, ActorCode against, Forum forum, Subject about,
                          List<ProtestResponse> answers, List<EventEntry> history) {

    public record Subject(String measure, String statement) {
    }
}
