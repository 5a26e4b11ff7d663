package org.escalationtimeline.api.scoring;

/** A client's choice of code or weight instead of the default of the event type; either may be absent. */
public record CodingOverride(CameoCode cameo, Double goldstein) {

    public CodingOverride {
        if (goldstein != null) {
            Coding.checkWeight(goldstein);
        }
    }

    /** Null when the client overrode nothing, so that "no override" has one representation. */
    public static CodingOverride ofNullable(CameoCode cameo, Double goldstein) {
        return cameo == null && goldstein == null ? null : new CodingOverride(cameo, goldstein);
    }
}
