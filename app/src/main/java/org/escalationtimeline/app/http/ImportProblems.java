package org.escalationtimeline.app.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problems of an import line that no exception stands for, made as {@link ProblemResponses}
 * makes every other: the reader of an import answers such a line and reads on.
 */
public final class ImportProblems {

    private ImportProblems() {
    }

    /**
     * 413, as for a body over its limit: the line is refused for its size, unread (so it cannot be
     * called malformed), and a shorter one would be taken.
     */
    public static ProblemDetail lineTooLong(int limit) {
        return ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "line-too-long",
                "the line is longer than " + limit + " bytes; it was skipped unread");
    }

    /** 400: JSON text is UTF-8 (RFC 8259 §8.1), so a line that is not is not well-formed JSON. */
    public static ProblemDetail notUtf8() {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "malformed-json",
                "the line is not well-formed UTF-8, so it is not JSON text");
    }
}
