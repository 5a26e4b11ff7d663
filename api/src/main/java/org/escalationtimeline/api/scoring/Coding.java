package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.InvalidValue;

/**
 * How a development is coded: its CAMEO code and its Goldstein weight, −10 (conflict) to +10
 * (cooperation). The weight is the table's unless a client overrode it. Only the form is checked
 * here (a code, a number), so that a stored coding always reads; the scale is checked where a
 * client chooses a weight ({@link CodingOverride}).
 */
public record Coding(CameoCode cameo, double goldstein) {

    public Coding {
        InvalidValue.require("cameo", cameo);
        if (!Double.isFinite(goldstein)) {
            throw new InvalidValue("goldstein", "must be a number");
        }
    }

    public static Coding standard(CameoCode cameo) {
        return new Coding(cameo, cameo.entry().goldstein());
    }

    public static Coding standard(String cameo) {
        return standard(new CameoCode(cameo));
    }

    /** The default coding of an event, with whatever the client chose to override. */
    public static Coding of(CameoCode defaultCode, CodingOverride override) {
        if (override == null) {
            return standard(defaultCode);
        }
        CameoCode code = override.cameo() != null ? override.cameo() : defaultCode;
        double weight = override.goldstein() != null ? override.goldstein() : code.entry().goldstein();
        return new Coding(code, weight);
    }

    public QuadClass quadClass() {
        return cameo.quadClass();
    }

    static void checkWeight(double goldstein) {
        if (Double.isNaN(goldstein) || goldstein < -10.0 || goldstein > 10.0) {
            throw new InvalidValue("goldstein", "must lie within [-10, 10]");
        }
    }
}
