package org.escalationtimeline.api.correction;

import org.escalationtimeline.api.InvalidValue;

/** Why a record was corrected or retracted: required, so the record explains itself. */
final class Reasons {

    static final int MAX_REASON = 500;

    private Reasons() {
    }

    static String check(String reason) {
        InvalidValue.require("reason", reason);
        String stripped = reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            throw new InvalidValue("reason", "must have 1 to " + MAX_REASON + " characters");
        }
        return stripped;
    }
}
