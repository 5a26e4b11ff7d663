package org.escalationtimeline.app.store;

import java.time.Instant;

/** A payload of the store's own tests, independent of the domain's events. */
record TestNote(String text, Instant notedAt) {
}
