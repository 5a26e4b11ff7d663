package org.escalationtimeline.api.correction;

import org.escalationtimeline.api.Text;

/** Why a record was corrected or retracted: required, so the record explains itself. */
final class Reasons {

    static final int MAX_REASON = 500;

    private Reasons() {
    }

    static String check(String reason) {
        return Text.line("reason", reason, MAX_REASON);
    }
}
