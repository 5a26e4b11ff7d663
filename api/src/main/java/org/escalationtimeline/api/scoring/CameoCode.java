package org.escalationtimeline.api.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.escalationtimeline.api.InvalidValue;

import java.util.regex.Pattern;

/**
 * A CAMEO event code: a two-digit root from 01 to 20 and up to two more digits. Codes are
 * strings: {@code 010} and {@code 10} differ. Only the form is checked here, so that an event
 * stored with a code some later table drops still reads; whether a command may use the code is
 * {@link #inTable()}, checked on the command path ({@link CodingOverride}).
 */
public record CameoCode(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("^(0[1-9]|1[0-9]|20)[0-9]{0,2}$");

    public CameoCode {
        InvalidValue.require("cameo", value);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValue("cameo", "'" + value + "' is not a CAMEO event code");
        }
    }

    @JsonCreator
    public static CameoCode of(String value) {
        return new CameoCode(value);
    }

    /** Whether today's table has the code: what a new record may be coded with. */
    public boolean inTable() {
        return CameoTable.standard().contains(value);
    }

    /** The table's entry; for a code the table does not have, an entry labelled as unknown. */
    public CameoTable.Entry entry() {
        return CameoTable.standard().entry(this);
    }

    /** The two-digit root: the kind of action (04 consult, 16 reduce relations). */
    public String root() {
        return value.substring(0, 2);
    }

    public QuadClass quadClass() {
        return QuadClass.ofRoot(root());
    }

    @Override
    public String toString() {
        return value;
    }
}
