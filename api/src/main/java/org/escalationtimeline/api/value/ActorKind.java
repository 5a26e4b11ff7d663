package org.escalationtimeline.api.value;

/** GLOBAL is for WORLD, the target of measures aimed at every country. */
public enum ActorKind {
    STATE, BLOC, ORGANIZATION, GLOBAL
}
