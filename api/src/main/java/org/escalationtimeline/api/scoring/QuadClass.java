package org.escalationtimeline.api.scoring;

/** GDELT's four classes of event, from the CAMEO root code. */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** GDELT's number of the class, 1 to 4. */
    public int number() {
        return number;
    }

    /** 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
    public static QuadClass ofRoot(String root) {
        int value = Integer.parseInt(root);
        if (value >= 1 && value <= 5) {
            return VERBAL_COOPERATION;
        }
        if (value <= 8 && value >= 6) {
            return MATERIAL_COOPERATION;
        }
        if (value >= 9 && value <= 13) {
            return VERBAL_CONFLICT;
        }
        if (value >= 14 && value <= 20) {
            return MATERIAL_CONFLICT;
        }
        throw new IllegalArgumentException("no CAMEO root " + root);
    }
}
