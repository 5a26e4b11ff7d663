package org.escalationtimeline.app.contract;

import org.escalationtimeline.api.DevelopmentTypes;
import org.escalationtimeline.api.RecordedDevelopment;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The event list's {@code type} filter knows every kind of development, so none is refused as unknown. */
class DevelopmentTypesTest {

    @Test
    void everyKindOfDevelopmentIsATypeTheEventListCanBeFilteredOn() {
        Set<String> developments = ApiTypes.concreteSubtypesOf(RecordedDevelopment.class).stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).collect(Collectors.toSet());

        assertThat(developments).hasSizeGreaterThanOrEqualTo(21);
        assertThat(DevelopmentTypes.NAMES).containsExactlyInAnyOrderElementsOf(developments);
    }
}
