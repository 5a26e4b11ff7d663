package org.escalationtimeline.api.protest;

/** Where a protest is lodged. Only a WTO dispute can be ruled on. */
public enum Forum {
    DIPLOMATIC, WTO, G7, UN, OTHER
}
