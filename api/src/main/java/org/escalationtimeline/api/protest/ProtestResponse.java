package org.escalationtimeline.api.protest;

/** REJECTED and ACKNOWLEDGED come from the party protested against; UPHELD and DISMISSED are the WTO's rulings. */
public enum ProtestResponse {
    REJECTED, ACKNOWLEDGED, UPHELD, DISMISSED;

    public boolean ruling() {
        return this == UPHELD || this == DISMISSED;
    }
}
