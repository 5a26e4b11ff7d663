package org.escalationtimeline.app.http;

import java.io.IOException;

/** A request body over the limit: raised while it is read, answered with a 413. */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(long limit) {
        super("the body is larger than " + limit + " bytes");
    }
}
