package org.escalationtimeline.query.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.query.ActorView;
import org.escalationtimeline.api.scoring.QuadClass;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every row of the stance table of DESIGN §6. Unless a test says otherwise the cutoff is
 * 2026-01-10 with the default window of 90 days: events dated 2025-10-13 to 2026-01-10 count
 * (2026-01-10 − 90 days = 2025-10-12, which is out).
 */
class StancesTest {

    static final ActorCode CHN = ActorCode.of("CHN");
    static final ActorCode JPN = ActorCode.of("JPN");
    static final ActorCode USA = ActorCode.of("USA");
    static final ActorCode KOR = ActorCode.of("KOR");
    static final ActorCode WORLD = ActorCode.of("WORLD");

    static final LocalDate AS_OF = LocalDate.parse("2026-01-10");
    static final int WINDOW = 90;

    static final QuadClass Q1 = QuadClass.VERBAL_COOPERATION;
    static final QuadClass Q2 = QuadClass.MATERIAL_COOPERATION;
    static final QuadClass Q3 = QuadClass.VERBAL_CONFLICT;
    static final QuadClass Q4 = QuadClass.MATERIAL_CONFLICT;

    static UUID id(int n) {
        return new UUID(0L, n);
    }

    /** Event n, at position n. */
    static DirectedEvent ev(int n, ActorCode source, ActorCode target, String date, double goldstein, QuadClass q) {
        return ev(n, source, target, date, n, goldstein, q);
    }

    static DirectedEvent ev(int n, ActorCode source, ActorCode target, String date, long position, double goldstein,
                            QuadClass q) {
        return new DirectedEvent(id(n), source, target, LocalDate.parse(date), position, goldstein, q);
    }

    /** A measure announced on {@code date} by event {@code announcement}, in the given status. */
    static MeasureSnapshot announced(String measureId, ActorCode actor, MeasureStatus status, String date,
                                     int announcement, ActorCode... targets) {
        return new MeasureSnapshot(measureId, actor, Arrays.asList(targets), status, LocalDate.parse(date),
                id(announcement), null);
    }

    static MeasureSnapshot inForce(String measureId, ActorCode actor, String date, int announcement,
                                   ActorCode... targets) {
        return announced(measureId, actor, MeasureStatus.IN_FORCE, date, announcement, targets);
    }

    static MeasureSnapshot threatened(String measureId, ActorCode actor, int threat, ActorCode... targets) {
        return new MeasureSnapshot(measureId, actor, Arrays.asList(targets), MeasureStatus.THREATENED, null, null,
                id(threat));
    }

    /** The registered actors: four states, a bloc, an organisation and WORLD. */
    static final List<ActorView> ACTORS = List.of(
            actor(CHN, ActorKind.STATE), actor(JPN, ActorKind.STATE), actor(USA, ActorKind.STATE),
            actor(KOR, ActorKind.STATE), actor(ActorCode.of("EU"), ActorKind.BLOC),
            actor(ActorCode.of("WTO"), ActorKind.ORGANIZATION), actor(WORLD, ActorKind.GLOBAL));

    static ActorView actor(ActorCode code, ActorKind kind) {
        return new ActorView(code, code.value(), kind, Instant.parse("2010-01-01T00:00:00Z"));
    }

    /** A measure aimed at WORLD, as the stance reader hands it over: aimed at the registered countries. */
    static MeasureSnapshot atEveryCountry(MeasureSnapshot measure) {
        return measure.aimedAtCountriesOf(ACTORS);
    }

    static Stance stance(ActorCode a, ActorCode b, List<DirectedEvent> events, MeasureSnapshot... measures) {
        return Stances.of(a, b, AS_OF, WINDOW, events, List.of(measures));
    }

    static PairFacts facts(ActorCode a, ActorCode b, List<DirectedEvent> events, MeasureSnapshot... measures) {
        return PairFacts.of(a, b, AS_OF, WINDOW, events, List.of(measures));
    }

    @Nested
    class Coercing {

        final List<DirectedEvent> chnToJpn = List.of(
                ev(1, CHN, JPN, "2025-06-01", -4.0, Q3),   // before the window
                ev(2, CHN, JPN, "2025-11-14", -5.0, Q3),   // a retraction demand
                ev(3, CHN, JPN, "2026-01-06", -8.0, Q4),   // the ban's announcement
                ev(4, CHN, JPN, "2026-01-08", -2.0, Q3));  // a hostile statement

        @Test
        void aMeasureInForceAgainstBIsCoercion() {
            Stance stance = stance(CHN, JPN, chnToJpn, inForce("cn-ban", CHN, "2026-01-06", 3, JPN));

            assertThat(stance).isEqualTo(new Stance(CHN, JPN, Posture.COERCING,
                    List.of(0, 0, 2, 1),                     // events 2, 4 (Q3) and 3 (Q4); event 1 is out
                    -15.0,                                   // −5 − 8 − 2
                    List.of("cn-ban"), List.of(id(3))));     // basis: the announcement
            assertThat(PostureRules.coercing(facts(CHN, JPN, chnToJpn,
                    inForce("cn-ban", CHN, "2026-01-06", 3, JPN)))).contains(List.of(id(3)));
        }

        @Test
        void anEasedMeasureIsStillActive() {
            Stance stance = stance(CHN, JPN, chnToJpn,
                    announced("cn-ban", CHN, MeasureStatus.EASED, "2026-01-06", 3, JPN));
            assertThat(stance.posture()).isEqualTo(Posture.COERCING);
            assertThat(stance.activeMeasures()).containsExactly("cn-ban");
        }

        @Test
        void aSuspendedOrLiftedMeasureIsNot() {
            for (MeasureStatus status : List.of(MeasureStatus.SUSPENDED, MeasureStatus.LIFTED)) {
                Stance stance = stance(CHN, JPN, chnToJpn, announced("cn-ban", CHN, status, "2026-01-06", 3, JPN));
                // Falls through to the window: conflicts 2, 3, 4 and no cooperation → PROTESTING.
                assertThat(stance.posture()).as("%s", status).isEqualTo(Posture.PROTESTING);
                assertThat(stance.activeMeasures()).isEmpty();
                assertThat(stance.basis()).containsExactly(id(2), id(3), id(4));
                assertThat(PostureRules.coercing(facts(CHN, JPN, chnToJpn,
                        announced("cn-ban", CHN, status, "2026-01-06", 3, JPN)))).isEmpty();
            }
        }

        @Test
        void aMeasureAgainstAnotherActorDoesNotCount() {
            assertThat(stance(CHN, JPN, List.of(), inForce("cn-kor", CHN, "2026-01-06", 3, KOR)).posture())
                    .isEqualTo(Posture.NEUTRAL);
        }

        @Test
        void aMeasureAgainstWorldTargetsEveryCountryButItsOwnActor() {
            MeasureSnapshot tariffs = atEveryCountry(inForce("us-tariffs", USA, "2025-04-02", 9, WORLD));

            // The announcement is a USA→WORLD event, not among the USA→JPN events: ordered by its date.
            assertThat(stance(USA, JPN, List.of(), tariffs)).isEqualTo(new Stance(USA, JPN, Posture.COERCING,
                    List.of(0, 0, 0, 0), 0.0, List.of("us-tariffs"), List.of(id(9))));
            assertThat(tariffs.targets(JPN)).isTrue();
            assertThat(tariffs.targets(CHN)).isTrue();
            assertThat(tariffs.targets(USA)).isFalse();
            assertThat(tariffs.targets(ActorCode.of("EU"))).as("a bloc").isTrue();
            // Not a measure of JPN's: JPN toward USA stays neutral.
            assertThat(stance(JPN, USA, List.of(), tariffs).posture()).isEqualTo(Posture.NEUTRAL);
        }

        @Test
        void aMeasureAgainstWorldDoesNotTargetAnOrganisation() {
            ActorCode wto = ActorCode.of("WTO");
            MeasureSnapshot licensing = inForce("cn-licensing", CHN, "2025-04-04", 9, WORLD);

            assertThat(atEveryCountry(licensing).targets(wto)).isFalse();
            assertThat(stance(CHN, wto, List.of(), atEveryCountry(licensing)).posture()).isEqualTo(Posture.NEUTRAL);
            assertThat(stance(CHN, JPN, List.of(), atEveryCountry(licensing)).posture()).isEqualTo(Posture.COERCING);
            // Aimed at WORLD by name: the stance toward WORLD itself still counts it.
            assertThat(stance(CHN, WORLD, List.of(), atEveryCountry(licensing)).activeMeasures())
                    .containsExactly("cn-licensing");
            // Before its countries are named, WORLD alone is named: nobody else is aimed at.
            assertThat(licensing.targets(JPN)).isFalse();
            assertThat(licensing.aimedAtCountriesOf(ACTORS).targets())
                    .containsExactly(WORLD, JPN, USA, KOR, ActorCode.of("EU"));
        }

        @Test
        void severalMeasuresAreListedByIdAndTheirAnnouncementsByDateThenPosition() {
            List<DirectedEvent> events = List.of(
                    ev(5, CHN, JPN, "2025-12-01", 50, -8.0, Q4),
                    ev(6, CHN, JPN, "2025-12-01", 40, -8.0, Q4),
                    ev(7, CHN, JPN, "2025-11-01", 70, -2.0, Q3));
            Stance stance = stance(CHN, JPN, events,
                    inForce("a-quota", CHN, "2025-12-01", 5, JPN),
                    inForce("b-ban", CHN, "2025-12-01", 6, JPN),
                    announced("c-probe", CHN, MeasureStatus.EASED, "2025-11-01", 7, JPN));

            assertThat(stance.activeMeasures()).containsExactly("a-quota", "b-ban", "c-probe");
            // Nov 1 (event 7); then Dec 1 at position 40 (event 6) before position 50 (event 5).
            assertThat(stance.basis()).containsExactly(id(7), id(6), id(5));
            assertThat(stance.goldsteinSum()).isEqualTo(-18.0);   // −8 − 8 − 2
            assertThat(stance.quadClasses()).containsExactly(0, 0, 1, 2);
        }
    }

    @Nested
    class Retaliating {

        @Test
        void bMeasureAnnouncedBeforeAsMakesARetaliation() {
            MeasureSnapshot jpnFirst = inForce("jp-controls", JPN, "2025-11-01", 1, CHN);
            MeasureSnapshot chnLater = inForce("cn-ban", CHN, "2025-12-01", 2, JPN);
            List<DirectedEvent> chnToJpn = List.of(ev(2, CHN, JPN, "2025-12-01", -8.0, Q4));
            List<DirectedEvent> jpnToChn = List.of(ev(1, JPN, CHN, "2025-11-01", -8.0, Q4));

            // CHN's ban (Dec 1) answers JPN's controls (Nov 1): RETALIATING, JPN's announcement first.
            assertThat(stance(CHN, JPN, chnToJpn, jpnFirst, chnLater)).isEqualTo(new Stance(CHN, JPN,
                    Posture.RETALIATING, List.of(0, 0, 0, 1), -8.0, List.of("cn-ban"), List.of(id(1), id(2))));
            assertThat(PostureRules.retaliating(facts(CHN, JPN, chnToJpn, jpnFirst, chnLater)))
                    .contains(List.of(id(1), id(2)));
            // JPN's came first: JPN only coerces.
            assertThat(stance(JPN, CHN, jpnToChn, jpnFirst, chnLater)).isEqualTo(new Stance(JPN, CHN,
                    Posture.COERCING, List.of(0, 0, 0, 1), -8.0, List.of("jp-controls"), List.of(id(1))));
            assertThat(PostureRules.retaliating(facts(JPN, CHN, jpnToChn, jpnFirst, chnLater))).isEmpty();
        }

        @Test
        void onTheSameDayNeitherRetaliates() {
            MeasureSnapshot jpn = inForce("jp-controls", JPN, "2025-12-01", 1, CHN);
            MeasureSnapshot chn = inForce("cn-ban", CHN, "2025-12-01", 2, JPN);
            assertThat(stance(CHN, JPN, List.of(), jpn, chn).posture()).isEqualTo(Posture.COERCING);
            assertThat(stance(JPN, CHN, List.of(), jpn, chn).posture()).isEqualTo(Posture.COERCING);
        }

        @Test
        void bMeasureMustPrecedeAsEarliestMeasure() {
            MeasureSnapshot chnEarly = inForce("cn-early", CHN, "2025-10-01", 1, JPN);
            MeasureSnapshot jpn = inForce("jp-controls", JPN, "2025-11-01", 2, CHN);
            MeasureSnapshot chnLate = inForce("cn-late", CHN, "2025-12-01", 3, JPN);
            // JPN's (Nov 1) precedes CHN's later measure but not its earliest (Oct 1).
            Stance stance = stance(CHN, JPN, List.of(), chnLate, jpn, chnEarly);
            assertThat(stance.posture()).isEqualTo(Posture.COERCING);
            assertThat(stance.activeMeasures()).containsExactly("cn-early", "cn-late");
            assertThat(stance.basis()).containsExactly(id(1), id(3));
            // JPN toward CHN: CHN's earliest (Oct 1) precedes JPN's (Nov 1): RETALIATING.
            assertThat(stance(JPN, CHN, List.of(), chnLate, jpn, chnEarly).posture()).isEqualTo(Posture.RETALIATING);
            // Basis: CHN's earlier measure and JPN's own; CHN's later one (Dec 1) decided nothing.
            assertThat(stance(JPN, CHN, List.of(), chnLate, jpn, chnEarly).basis())
                    .containsExactly(id(1), id(2));
        }

        @Test
        void bMeasureMustStillBeActive() {
            MeasureSnapshot jpnLifted = announced("jp-controls", JPN, MeasureStatus.LIFTED, "2025-11-01", 1, CHN);
            MeasureSnapshot jpnSuspended = announced("jp-quota", JPN, MeasureStatus.SUSPENDED, "2025-11-02", 4, CHN);
            MeasureSnapshot jpnEased = announced("jp-probe", JPN, MeasureStatus.EASED, "2025-11-03", 5, CHN);
            MeasureSnapshot chn = inForce("cn-ban", CHN, "2025-12-01", 2, JPN);
            assertThat(stance(CHN, JPN, List.of(), jpnLifted, jpnSuspended, chn).posture())
                    .isEqualTo(Posture.COERCING);
            // An eased measure is active: it still provokes.
            assertThat(stance(CHN, JPN, List.of(), jpnLifted, jpnEased, chn).basis())
                    .containsExactly(id(5), id(2));
        }

        @Test
        void bMeasureAgainstWorldCounts() {
            MeasureSnapshot usWorld = atEveryCountry(inForce("us-tariffs", USA, "2025-04-02", 1, WORLD));
            MeasureSnapshot chn = inForce("cn-rare-earths", CHN, "2025-04-04", 2, USA);
            assertThat(stance(CHN, USA, List.of(), usWorld, chn).posture()).isEqualTo(Posture.RETALIATING);
            assertThat(stance(USA, CHN, List.of(), usWorld, chn).posture()).isEqualTo(Posture.COERCING);
        }
    }

    @Nested
    class Threatening {

        @Test
        void anOpenThreatIsThreatening() {
            List<DirectedEvent> events = List.of(ev(1, CHN, JPN, "2025-11-20", -5.8, Q3));
            assertThat(stance(CHN, JPN, events, threatened("cn-threat", CHN, 1, JPN))).isEqualTo(new Stance(CHN,
                    JPN, Posture.THREATENING, List.of(0, 0, 1, 0), -5.8, List.of(), List.of(id(1))));
            assertThat(PostureRules.threatening(facts(CHN, JPN, events, threatened("cn-threat", CHN, 1, JPN))))
                    .contains(List.of(id(1)));
        }

        @Test
        void aThreatCarriedOutIsCoercionAndItsBasisTheAnnouncement() {
            MeasureSnapshot carriedOut = new MeasureSnapshot("cn-ban", CHN, List.of(JPN), MeasureStatus.IN_FORCE,
                    LocalDate.parse("2026-01-06"), id(2), id(1));
            List<DirectedEvent> events = List.of(
                    ev(1, CHN, JPN, "2025-11-20", -5.8, Q3), ev(2, CHN, JPN, "2026-01-06", -8.0, Q4));
            assertThat(stance(CHN, JPN, events, carriedOut)).isEqualTo(new Stance(CHN, JPN, Posture.COERCING,
                    List.of(0, 0, 1, 1), -13.8, List.of("cn-ban"), List.of(id(2))));
            assertThat(PostureRules.threatening(facts(CHN, JPN, events, carriedOut))).isEmpty();
        }

        @Test
        void aWithdrawnThreatOrAThreatAgainstAnotherIsNot() {
            MeasureSnapshot withdrawn = new MeasureSnapshot("cn-threat", CHN, List.of(JPN), MeasureStatus.LIFTED,
                    null, null, id(1));
            assertThat(stance(CHN, JPN, List.of(), withdrawn).posture()).isEqualTo(Posture.NEUTRAL);
            assertThat(stance(CHN, JPN, List.of(), threatened("cn-kor", CHN, 1, KOR)).posture())
                    .isEqualTo(Posture.NEUTRAL);
            assertThat(stance(CHN, JPN, List.of(), atEveryCountry(threatened("cn-world", CHN, 1, WORLD))).posture())
                    .isEqualTo(Posture.THREATENING);
        }

        @Test
        void coercionComesBeforeAThreat() {
            Stance stance = stance(CHN, JPN, List.of(),
                    threatened("cn-threat", CHN, 1, JPN), inForce("cn-ban", CHN, "2026-01-06", 2, JPN));
            assertThat(stance.posture()).isEqualTo(Posture.COERCING);
            assertThat(stance.basis()).containsExactly(id(2));
        }
    }

    @Nested
    class Window {

        @Test
        void protestsWithoutLaterCooperationAreProtesting() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, CHN, "2025-11-01", 1.0, Q1),    // cooperation before the first conflict
                    ev(2, JPN, CHN, "2025-11-20", -2.0, Q3),   // a protest
                    ev(3, JPN, CHN, "2026-01-07", -2.0, Q3));  // another
            assertThat(stance(JPN, CHN, events)).isEqualTo(new Stance(JPN, CHN, Posture.PROTESTING,
                    List.of(1, 0, 2, 0), -3.0,                 // 1 − 2 − 2
                    List.of(), List.of(id(2), id(3))));
            assertThat(PostureRules.protesting(facts(JPN, CHN, events))).contains(List.of(id(2), id(3)));
            assertThat(PostureRules.hedging(facts(JPN, CHN, events))).isEmpty();
            assertThat(PostureRules.engaging(facts(JPN, CHN, events))).isEmpty();
        }

        @Test
        void cooperationAfterTheFirstConflictIsHedging() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, CHN, "2025-11-20", -2.0, Q3),   // the first conflict
                    ev(2, JPN, CHN, "2025-12-10", 1.0, Q1),    // a call
                    ev(3, JPN, CHN, "2025-12-20", -4.0, Q3),   // a rejection
                    ev(4, JPN, CHN, "2026-01-05", 1.9, Q1));   // a visit
            assertThat(stance(JPN, CHN, events)).isEqualTo(new Stance(JPN, CHN, Posture.HEDGING,
                    List.of(2, 0, 2, 0), -3.1,                 // −2 + 1 − 4 + 1.9
                    List.of(), List.of(id(1), id(2), id(4))));  // the first conflict, the cooperation after it
            assertThat(PostureRules.hedging(facts(JPN, CHN, events))).contains(List.of(id(1), id(2), id(4)));
            assertThat(PostureRules.protesting(facts(JPN, CHN, events))).isEmpty();
        }

        @Test
        void onTheSameDatePositionSaysWhatCameAfter() {
            DirectedEvent protest = ev(1, JPN, CHN, "2026-01-05", 20, -2.0, Q3);
            DirectedEvent callAfter = ev(2, JPN, CHN, "2026-01-05", 21, 1.0, Q1);
            DirectedEvent callBefore = ev(3, JPN, CHN, "2026-01-05", 19, 1.0, Q1);

            assertThat(stance(JPN, CHN, List.of(callAfter, protest)).posture()).isEqualTo(Posture.HEDGING);
            assertThat(stance(JPN, CHN, List.of(callAfter, protest)).basis()).containsExactly(id(1), id(2));
            assertThat(stance(JPN, CHN, List.of(protest, callBefore)).posture()).isEqualTo(Posture.PROTESTING);
            assertThat(stance(JPN, CHN, List.of(protest, callBefore)).basis()).containsExactly(id(1));
        }

        @Test
        void cooperationWithoutConflictIsEngaging() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, USA, "2025-10-12", -2.0, Q3),   // exactly 90 days before asOf: out
                    ev(2, JPN, USA, "2025-12-01", 1.0, Q1),    // a call
                    ev(3, JPN, USA, "2025-12-02", 0.0, Q1),    // a neutral statement: neither
                    ev(4, JPN, USA, "2026-01-05", 1.9, Q1));   // a visit
            assertThat(stance(JPN, USA, events)).isEqualTo(new Stance(JPN, USA, Posture.ENGAGING,
                    List.of(3, 0, 0, 0), 2.9, List.of(), List.of(id(2), id(4))));
            assertThat(PostureRules.engaging(facts(JPN, USA, events))).contains(List.of(id(2), id(4)));
        }

        @Test
        void nothingDecisiveIsNeutral() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, USA, "2025-10-01", -8.0, Q4),   // before the window
                    ev(2, JPN, USA, "2025-12-02", 0.0, Q1));   // weight 0
            assertThat(stance(JPN, USA, events)).isEqualTo(new Stance(JPN, USA, Posture.NEUTRAL,
                    List.of(1, 0, 0, 0), 0.0, List.of(), List.of()));
            assertThat(stance(JPN, USA, List.of())).isEqualTo(new Stance(JPN, USA, Posture.NEUTRAL,
                    List.of(0, 0, 0, 0), 0.0, List.of(), List.of()));
        }

        @Test
        void theWindowOpensAfterAsOfMinusWindowDaysAndEndsOnAsOf() {
            // windowDays = 10: 2026-01-10 − 10 days = 2025-12-31 (out); 2026-01-01 .. 2026-01-10 in
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, CHN, "2025-12-31", -1.0, Q3),   // exactly windowDays before: out
                    ev(2, JPN, CHN, "2026-01-01", -2.0, Q3),   // first day of the window: in
                    ev(3, JPN, CHN, "2026-01-10", -4.0, Q3),   // on asOf: in
                    ev(4, JPN, CHN, "2026-01-11", -8.0, Q4));  // after asOf: out
            Stance stance = Stances.of(JPN, CHN, AS_OF, 10, events, List.of());
            assertThat(stance).isEqualTo(new Stance(JPN, CHN, Posture.PROTESTING,
                    List.of(0, 0, 2, 0), -6.0, List.of(), List.of(id(2), id(3))));   // −2 − 4
        }

        @Test
        void theDefaultWindowIsNinetyDays() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, CHN, "2025-10-12", -1.0, Q3),   // 90 days before 2026-01-10: out
                    ev(2, JPN, CHN, "2025-10-13", -2.0, Q3));  // 89 days before: in
            Stance stance = Stances.of(JPN, CHN, AS_OF, Stances.DEFAULT_WINDOW_DAYS, events, List.of());
            assertThat(stance.basis()).containsExactly(id(2));
            assertThat(stance.goldsteinSum()).isEqualTo(-2.0);
        }

        @Test
        void onlyAToBEventsCountAndEachOnce() {
            DirectedEvent call = ev(1, JPN, CHN, "2026-01-05", 1.0, Q1);
            List<DirectedEvent> events = List.of(
                    call, call,
                    ev(1, CHN, JPN, "2026-01-05", 1, 1.0, Q1),   // the other direction of the same call
                    ev(2, CHN, JPN, "2026-01-06", -8.0, Q4),
                    ev(3, JPN, USA, "2026-01-06", -2.0, Q3));
            assertThat(stance(JPN, CHN, events)).isEqualTo(new Stance(JPN, CHN, Posture.ENGAGING,
                    List.of(1, 0, 0, 0), 1.0, List.of(), List.of(id(1))));
        }

        @Test
        void weightsAddUpExactly() {
            List<DirectedEvent> events = List.of(
                    ev(1, JPN, CHN, "2026-01-01", 0.4, Q1), ev(2, JPN, CHN, "2026-01-02", 0.4, Q1),
                    ev(3, JPN, CHN, "2026-01-03", 0.4, Q1));
            assertThat(stance(JPN, CHN, events).goldsteinSum()).isEqualTo(1.2);   // not 1.2000000000000002
        }
    }

    @Test
    void theFirstRuleThatHoldsDecides() {
        // CHN coerces JPN and protests in the window: both rules hold, COERCING is the earlier row.
        List<DirectedEvent> events = List.of(ev(1, CHN, JPN, "2026-01-06", -8.0, Q4),
                ev(2, CHN, JPN, "2026-01-07", -2.0, Q3));
        MeasureSnapshot ban = inForce("cn-ban", CHN, "2026-01-06", 1, JPN);
        PairFacts facts = facts(CHN, JPN, events, ban);
        assertThat(PostureRules.retaliating(facts)).isEmpty();
        assertThat(PostureRules.coercing(facts)).contains(List.of(id(1)));
        assertThat(PostureRules.threatening(facts)).isEmpty();
        assertThat(PostureRules.protesting(facts)).contains(List.of(id(1), id(2)));
        assertThat(PostureRules.hedging(facts)).isEmpty();
        assertThat(PostureRules.engaging(facts)).isEmpty();
        assertThat(PostureRules.neutral(facts)).contains(List.of());
        assertThat(PostureRules.decide(facts)).isEqualTo(new PostureRules.Decision(Posture.COERCING, List.of(id(1))));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Stances.of(JPN, JPN, AS_OF, WINDOW, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stances.of(JPN, CHN, AS_OF, 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stances.all(AS_OF, 0, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allGivesEveryOrderedPairWithAnEventBetweenThem() {
        List<DirectedEvent> events = new ArrayList<>(List.of(
                ev(1, CHN, JPN, "2025-11-14", -5.0, Q3),   // CHN demands a retraction
                ev(2, JPN, CHN, "2025-11-20", -2.0, Q3),   // JPN protests
                ev(3, CHN, JPN, "2026-01-06", -8.0, Q4),   // CHN's ban
                ev(4, JPN, CHN, "2026-01-07", -2.0, Q3),   // JPN protests the ban
                ev(5, JPN, USA, "2025-11-10", 1.0, Q1),    // a call, in both directions
                ev(5, USA, JPN, "2025-11-10", 1.0, Q1),
                ev(7, USA, CHN, "2015-03-01", -2.0, Q3),   // long ago: the pair is listed, neutral
                ev(8, KOR, JPN, "2026-02-01", -2.0, Q3))); // after asOf: no KOR pair
        List<MeasureSnapshot> measures = List.of(inForce("cn-ban", CHN, "2026-01-06", 3, JPN));

        List<Stance> stances = Stances.all(AS_OF, WINDOW, events, measures);

        assertThat(stances).containsExactly(
                new Stance(CHN, JPN, Posture.COERCING, List.of(0, 0, 1, 1), -13.0, List.of("cn-ban"), List.of(id(3))),
                new Stance(CHN, USA, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()),
                new Stance(JPN, CHN, Posture.PROTESTING, List.of(0, 0, 2, 0), -4.0, List.of(), List.of(id(2), id(4))),
                new Stance(JPN, USA, Posture.ENGAGING, List.of(1, 0, 0, 0), 1.0, List.of(), List.of(id(5))),
                new Stance(USA, CHN, Posture.NEUTRAL, List.of(0, 0, 0, 0), 0.0, List.of(), List.of()),
                new Stance(USA, JPN, Posture.ENGAGING, List.of(1, 0, 0, 0), 1.0, List.of(), List.of(id(5))));
        // The same as asking pair by pair.
        assertThat(stances.get(0)).isEqualTo(stance(CHN, JPN, events, measures.toArray(MeasureSnapshot[]::new)));
    }
}
