package org.escalationtimeline.api;

/**
 * A value that breaks its own rules (a malformed actor code, a summary too long). It names the
 * field so that a client's mistake can be answered with a 400 that says where it is.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }

    /** Checks a required value; the field is named in the error. */
    public static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidValue(field, "is required");
        }
        return value;
    }
}
