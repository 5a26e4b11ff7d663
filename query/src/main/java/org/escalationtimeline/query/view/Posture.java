package org.escalationtimeline.query.view;

/** The posture of one actor toward another (DESIGN §6), in the order the rules are tried. */
public enum Posture {
    RETALIATING, COERCING, THREATENING, PROTESTING, HEDGING, ENGAGING, NEUTRAL
}
