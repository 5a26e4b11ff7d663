package org.escalationtimeline.api.query;

import java.util.List;

/**
 * A page of the event list, oldest position first.
 * <p>
 * The list shows only a prefix of the event store: every event up to the position the read model
 * is complete through (for the page's knownAt), never one above while a smaller one is still being
 * projected. So a client that pages, and then goes on asking with {@code after=next}, sees every
 * event of its query once, in order, as they are appended.
 *
 * @param next the {@code after} of the next request, on every page: the position of the last item
 *             when the page is full; otherwise the position through which the list is complete
 *             (at least the request's {@code after}), so that asking again with it shows only what
 *             is appended, or projected, later. (An event dated after the request's {@code asOf}
 *             is not shown to it, then or later.)
 */
public record EventPage(List<EventEntry> items, long next) {
}
