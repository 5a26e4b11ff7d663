package org.escalationtimeline.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentsTest {

    @Test
    void theSameSeedGivesTheSameLines() {
        assertThat(lines(new Developments(7, "f", true), 2_000)).isEqualTo(lines(new Developments(7, "f", true), 2_000));
        assertThat(lines(new Developments(7, "f", true), 200)).isNotEqualTo(lines(new Developments(8, "f", true), 200));
    }

    @Test
    void aFreshStoreGetsItsActorsFirst() {
        Developments stream = new Developments(1, "f", true);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < Developments.ACTORS.size(); i++) {
            first.add(stream.next().command());
        }
        assertThat(first).containsOnly("RegisterActor");
        assertThat(stream.next().command()).isNotEqualTo("RegisterActor");
    }

    @Test
    void createsComeFirstAndEachAggregatesDatesNeverRunBackwards() {
        Developments stream = new Developments(3, "f", false);
        Map<String, LocalDate> latest = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            Step step = stream.next();
            LocalDate date = LocalDate.parse(step.fields().get("date").asText());
            assertThat(date).isBetween(Developments.FIRST, Developments.LAST);
            if (step.creating()) {
                assertThat(ids.add(step.aggregateId())).as("new id %s", step.aggregateId()).isTrue();
                assertThat(step.aggregateId()).matches("^[a-z0-9][a-z0-9-]{2,63}$");
            } else {
                assertThat(latest).as("%s of %s follows its create", step.command(), step.aggregateId())
                        .containsKey(step.aggregateId());
                assertThat(date).isAfterOrEqualTo(latest.get(step.aggregateId()));
            }
            latest.put(step.aggregateId(), date);
            if (step.fields().has("about") && step.fields().get("about").has("measure")) {
                assertThat(ids).contains(step.fields().get("about").get("measure").asText());
            }
        }
    }

    @Test
    void theMixHasMeasuresWithLifecyclesStatementsProtestsCallsAndMeetings() {
        Developments stream = new Developments(5, "f", false);
        Map<String, Long> byCommand = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            byCommand.merge(stream.next().command(), 1L, Long::sum);
        }
        assertThat(byCommand).containsKeys("AnnounceMeasure", "ThreatenMeasure", "TightenMeasure", "EaseMeasure",
                "LiftMeasure", "MakeStatement", "DemandRetraction", "RefuseRetraction", "RetractStatement",
                "LodgeProtest", "RespondToProtest", "HoldCall", "ScheduleMeeting", "HoldMeeting", "CancelMeeting",
                "RecordIncident");
        long lifecycle = byCommand.get("TightenMeasure") + byCommand.get("EaseMeasure") + byCommand.get("LiftMeasure");
        assertThat(lifecycle).as("measure lifecycle steps").isGreaterThan(byCommand.get("AnnounceMeasure") / 2);
    }

    private static List<String> lines(Developments stream, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(stream.next().importLine().toString());
        }
        return lines;
    }
}
