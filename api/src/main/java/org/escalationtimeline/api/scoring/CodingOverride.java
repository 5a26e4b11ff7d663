package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.InvalidValue;

/**
 * A client's choice of code or weight instead of the default of the event type; either may be
 * absent. Part of a command only: the code must be in today's table, the weight on the scale.
 */
public record CodingOverride(CameoCode cameo, Double goldstein) {

    public CodingOverride {
        if (cameo != null && !cameo.inTable()) {
            throw new InvalidValue("cameo", "'" + cameo + "' is not a code of the CAMEO table");
        }
        if (goldstein != null) {
            Coding.checkWeight(goldstein);
        }
    }

    /** Null when the client overrode nothing, so that "no override" has one representation. */
    public static CodingOverride ofNullable(CameoCode cameo, Double goldstein) {
        return cameo == null && goldstein == null ? null : new CodingOverride(cameo, goldstein);
    }
}
