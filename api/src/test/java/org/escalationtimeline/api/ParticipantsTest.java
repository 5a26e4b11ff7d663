package org.escalationtimeline.api;

import org.escalationtimeline.api.value.ActorCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParticipantsTest {

    private static final ActorCode JPN = ActorCode.of("JPN");
    private static final ActorCode USA = ActorCode.of("USA");
    private static final ActorCode KOR = ActorCode.of("KOR");

    @Test
    void twoOrMoreDistinctParticipantsAreKeptInOrder() {
        assertEquals(List.of(USA, JPN, KOR), Participants.require(new ArrayList<>(List.of(USA, JPN, KOR))));
    }

    @Test
    void participantsMayBeGivenAsAnImmutableList() {
        // List.of(...).contains(null) throws a NullPointerException rather than answering false; the
        // Meeting aggregate rebuilds its Arrangement from the immutable list of its own events.
        assertEquals(List.of(JPN, USA), Participants.require(List.of(JPN, USA)));
        assertEquals(List.of(JPN, USA), Participants.require(Participants.require(new ArrayList<>(List.of(JPN, USA)))));
    }

    @Test
    void oneParticipantIsNotEnough() {
        assertEquals("participants", assertThrows(InvalidValue.class,
                () -> Participants.require(new ArrayList<>(List.of(JPN)))).field());
    }

    @Test
    void aParticipantIsNamedOnce() {
        assertEquals("participants", assertThrows(InvalidValue.class,
                () -> Participants.require(new ArrayList<>(List.of(JPN, USA, JPN)))).field());
    }

    @Test
    void participantsAreRequiredAndNotNull() {
        assertEquals("participants", assertThrows(InvalidValue.class, () -> Participants.require(null)).field());
        assertEquals("participants", assertThrows(InvalidValue.class,
                () -> Participants.require(Arrays.asList(JPN, null))).field());
    }
}
