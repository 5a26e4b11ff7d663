package org.escalationtimeline.api.query;

import java.util.List;

/** A page of the event list, oldest position first; {@code next} is the cursor ({@code after}) of the next page. */
public record EventPage(List<EventEntry> items, Long next) {
}
