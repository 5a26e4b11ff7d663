package org.escalationtimeline.query.projection;

/** The two generations of the read model and the processing groups that fill them. */
public enum Generations {
    BLUE(1, "timeline-blue"),
    GREEN(2, "timeline-green");

    private final int number;
    private final String processingGroup;

    Generations(int number, String processingGroup) {
        this.number = number;
        this.processingGroup = processingGroup;
    }

    public int number() {
        return number;
    }

    public String processingGroup() {
        return processingGroup;
    }

    public Generations other() {
        return this == BLUE ? GREEN : BLUE;
    }

    public static Generations of(int number) {
        return number == BLUE.number ? BLUE : GREEN;
    }
}
