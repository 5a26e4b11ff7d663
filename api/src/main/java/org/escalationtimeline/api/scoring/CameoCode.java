package org.escalationtimeline.api.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.escalationtimeline.api.InvalidValue;

/** A code of the CAMEO table. Codes are strings: {@code 010} and {@code 10} differ. */
public record CameoCode(@JsonValue String value) {

    public CameoCode {
        InvalidValue.require("cameo", value);
        if (!CameoTable.standard().contains(value)) {
            throw new InvalidValue("cameo", "'" + value + "' is not a CAMEO event code");
        }
    }

    @JsonCreator
    public static CameoCode of(String value) {
        return new CameoCode(value);
    }

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
