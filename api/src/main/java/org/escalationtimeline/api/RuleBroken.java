package org.escalationtimeline.api;

/**
 * A command refused by a rule of the write model. Nothing was appended. {@link #rule()} is a
 * stable name clients can branch on; {@link #kind()} says whether the command clashed with the
 * state of what exists (a conflict) or was unacceptable on its own terms.
 */
public class RuleBroken extends RuntimeException {

    public enum Kind {
        /** The aggregate's current state forbids it (lifting twice, registering a code again). */
        CONFLICT,
        /** The command names something that does not exist, or is not allowed to do this. */
        UNPROCESSABLE,
        /** The aggregate the command is addressed to does not exist. */
        NOT_FOUND
    }

    private final String rule;
    private final Kind kind;

    public RuleBroken(Kind kind, String rule, String message) {
        super(message);
        this.kind = kind;
        this.rule = rule;
    }

    public static RuleBroken conflict(String rule, String message) {
        return new RuleBroken(Kind.CONFLICT, rule, message);
    }

    public static RuleBroken unprocessable(String rule, String message) {
        return new RuleBroken(Kind.UNPROCESSABLE, rule, message);
    }

    public static RuleBroken notFound(String rule, String message) {
        return new RuleBroken(Kind.NOT_FOUND, rule, message);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }
}
