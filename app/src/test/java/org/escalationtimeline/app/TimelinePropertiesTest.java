package org.escalationtimeline.app;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelinePropertiesTest {

    @Test
    void aNodeRunsCommandQueryOrBoth() {
        assertThat(roles(Set.of("command")).runsQueries()).isFalse();
        assertThat(roles(Set.of("query")).runsCommands()).isFalse();
        assertThat(roles(Set.of("command", "query")).runsCommands()).isTrue();
    }

    @Test
    void aMisspeltOrMissingRoleStopsTheStartRatherThanServingNothing() {
        assertThatThrownBy(() -> roles(Set.of("querry"))).hasMessageContaining("timeline.roles");
        assertThatThrownBy(() -> roles(Set.of())).hasMessageContaining("timeline.roles");
    }

    private static TimelineProperties roles(Set<String> roles) {
        return new TimelineProperties(Path.of("data"), null, new TimelineProperties.Dataset(false), roles,
                new TimelineProperties.Import(DataSize.ofMegabytes(64)), new TimelineProperties.Write(50));
    }

    @Test
    void aWriteGroupOfFewerThanOneWriteStopsTheStart() {
        assertThatThrownBy(() -> new TimelineProperties.Write(0)).hasMessageContaining("timeline.write.max-group");
    }
}
