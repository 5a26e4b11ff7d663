package org.escalationtimeline.query.read;

import org.escalationtimeline.api.actor.ActorRegistered;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.query.EarlierRevisions;
import org.escalationtimeline.query.projection.DrivenProjection;
import org.escalationtimeline.query.projection.ReadModelDb;
import org.escalationtimeline.query.view.Posture;
import org.escalationtimeline.query.view.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escalationtimeline.query.projection.Developments.id;
import static org.escalationtimeline.query.projection.Developments.incident;
import static org.escalationtimeline.query.projection.Developments.measureAnnounced;
import static org.escalationtimeline.query.projection.Developments.protestLodged;
import static org.escalationtimeline.query.projection.Developments.statementMade;

/**
 * A measure aimed at WORLD is aimed at countries: every registered state and bloc but its own
 * actor, not an organisation such as the WTO. Read from the tables as of 2026-01-10, known at
 * 2026-06-01; no A→B event of the 90-day window decides anything here.
 */
class WorldTargetStancesTest {

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode EU = ActorCode.of("EU");
    static final ActorCode WTO = ActorCode.of("WTO");
    static final Cutoff JANUARY_TENTH = new Cutoff(LocalDate.parse("2026-01-10"),
            Instant.parse("2026-06-01T00:00:00Z"));

    static Instant t(long position) {
        return Instant.parse("2026-02-01T10:00:00Z").plusSeconds(position);
    }

    ReadModelDb db;
    StanceReader stances;

    @BeforeEach
    void record() {
        db = ReadModelDb.create();
        LiveGeneration live = new LiveGeneration(db.jdbc());
        stances = new StanceReader(new LinkReader(db.jdbc(), live),
                new AggregateStates(new AggregateHistory(db.jdbc(), live, new EarlierRevisions(List.of()))),
                new ActorReader(db.jdbc(), live));

        DrivenProjection p = db.projection(1);
        p.registered(new ActorRegistered(id(101), CHN, "China", ActorKind.STATE), 1, t(1));
        p.registered(new ActorRegistered(id(102), JPN, "Japan", ActorKind.STATE), 2, t(2));
        p.registered(new ActorRegistered(id(103), EU, "European Union", ActorKind.BLOC), 3, t(3));
        p.registered(new ActorRegistered(id(104), WTO, "World Trade Organization", ActorKind.ORGANIZATION), 4, t(4));
        p.registered(new ActorRegistered(id(105), ActorCode.of("WORLD"), "All countries", ActorKind.GLOBAL), 5, t(5));
        p.recorded(measureAnnounced(id(1), "cn-licensing", "2025-04-04", "CHN", List.of("WORLD"),
                MeasureKind.LICENSING_REVIEW, List.of("samarium")), 6, t(6));
        // Events that join CHN to each of the others, long before the window.
        p.recorded(statementMade(id(2), "cn-on-jpn", "2012-09-15", "CHN", List.of("JPN"), Tone.HOSTILE), 7, t(7));
        p.recorded(incident(id(3), "cn-eu-arrest", "2012-09-16", "CHN", List.of("EU"), "173"), 8, t(8));
        p.recorded(protestLodged(id(4), "cn-at-wto", "2012-09-17", "CHN", "WTO", Forum.OTHER, null), 9, t(9));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Stance chinaToward(ActorCode toward) {
        return stances.stances(JANUARY_TENTH, 90, CHN).stream().filter(s -> s.toward().equals(toward)).findFirst()
                .orElseThrow();
    }

    @Test
    void aMeasureAimedAtWorldCoercesEveryStateAndBloc() {
        assertThat(chinaToward(JPN).posture()).isEqualTo(Posture.COERCING);
        assertThat(chinaToward(JPN).activeMeasures()).containsExactly("cn-licensing");
        assertThat(chinaToward(JPN).basis()).containsExactly(id(1));
        assertThat(chinaToward(EU).posture()).isEqualTo(Posture.COERCING);
    }

    @Test
    void butNotAnOrganisation() {
        Stance towardWto = chinaToward(WTO);
        assertThat(towardWto.posture()).isEqualTo(Posture.NEUTRAL);
        assertThat(towardWto.activeMeasures()).isEmpty();
    }
}
