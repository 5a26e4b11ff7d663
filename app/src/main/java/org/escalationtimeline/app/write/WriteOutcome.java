package org.escalationtimeline.app.write;

/**
 * @param version  the aggregate's version after the write, for the ETag
 * @param replayed true when the write had been made before and nothing was appended now
 */
public record WriteOutcome(WriteReceipt receipt, long version, boolean replayed) {
}
