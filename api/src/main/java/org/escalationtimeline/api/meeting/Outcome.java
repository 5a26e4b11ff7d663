package org.escalationtimeline.api.meeting;

/** What a meeting produced; an AGREEMENT codes the meeting as a signed agreement (CAMEO 057). */
public enum Outcome {
    NONE, AGREEMENT
}
