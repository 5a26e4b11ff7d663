package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.statement.Tone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every default code against DESIGN §5's table; the expectations are written out, not derived. */
class DefaultCodesTest {

    /** A code of DESIGN §5, its weight, and the beginning of its label. */
    record Expected(String code, double goldstein, String label) {
    }

    private static final Expected IMPOSE = new Expected("163", -8.0, "Impose embargo, boycott, or sanctions");
    private static final Expected INVESTIGATE = new Expected("090", -2.0, "Investigate");
    private static final Expected REDUCE = new Expected("160", -4.0, "Reduce relations");
    private static final Expected MAKE_STATEMENT = new Expected("010", 0.0, "Make statement");

    private static final Map<MeasureKind, Expected> MEASURES = Map.ofEntries(
            entry(MeasureKind.EXPORT_BAN, IMPOSE), entry(MeasureKind.EXPORT_CONTROL, IMPOSE),
            entry(MeasureKind.LICENSING_REVIEW, IMPOSE), entry(MeasureKind.QUOTA, IMPOSE),
            entry(MeasureKind.EMBARGO, IMPOSE), entry(MeasureKind.SANCTION, IMPOSE),
            entry(MeasureKind.TARIFF, IMPOSE), entry(MeasureKind.IMPORT_BAN, IMPOSE),
            entry(MeasureKind.ANTI_DUMPING_PROBE, INVESTIGATE), entry(MeasureKind.INVESTIGATION, INVESTIGATE),
            entry(MeasureKind.TRAVEL_ADVISORY, REDUCE));

    private static final Map<Tone, Expected> TONES = Map.of(
            Tone.HOSTILE, new Expected("111", -2.0, "Criticize or denounce"),
            Tone.CRITICAL, new Expected("012", -0.4, "Make pessimistic comment"),
            Tone.NEUTRAL, MAKE_STATEMENT,
            Tone.CONCILIATORY, new Expected("013", 0.4, "Make optimistic comment"),
            Tone.SUPPORTIVE, new Expected("051", 3.4, "Praise or endorse"));

    private static final Map<Forum, Expected> FORUMS = Map.of(
            Forum.DIPLOMATIC, new Expected("114", -2.0, "Complain officially"),
            Forum.WTO, new Expected("115", -2.0, "Bring lawsuit against"),
            Forum.G7, new Expected("113", -2.0, "Rally opposition against"),
            Forum.UN, new Expected("113", -2.0, "Rally opposition against"),
            Forum.OTHER, new Expected("113", -2.0, "Rally opposition against"));

    private static final Map<ProtestResponse, Expected> RESPONSES = Map.of(
            ProtestResponse.REJECTED, new Expected("120", -4.0, "Reject"),
            ProtestResponse.ACKNOWLEDGED, MAKE_STATEMENT,
            ProtestResponse.UPHELD, new Expected("116", -2.0, "Find guilty or liable (legally)"),
            ProtestResponse.DISMISSED, MAKE_STATEMENT);

    private static final Map<MeetingKind, Expected> MEETINGS_WITHOUT_AGREEMENT = Map.of(
            MeetingKind.MEETING, new Expected("040", 1.0, "Consult"),
            MeetingKind.SUMMIT, new Expected("040", 1.0, "Consult"),
            MeetingKind.STATE_VISIT, new Expected("042", 1.9, "Make a visit"));

    private static final Expected AGREEMENT = new Expected("057", 8.0, "Sign formal agreement");

    private static void assertCoded(Expected expected, CameoCode actual) {
        assertNotNull(expected, "DESIGN §5 gives no code for this case: add it to the test");
        assertEquals(expected.code(), actual.value());
        assertEquals(expected.goldstein(), Coding.standard(actual).goldstein());
        assertTrue(actual.entry().label().startsWith(expected.label()),
                actual + " is labelled '" + actual.entry().label() + "'");
    }

    @ParameterizedTest
    @EnumSource(MeasureKind.class)
    void aMeasureIsAnnouncedOrTightenedWithTheCodeOfItsKind(MeasureKind kind) {
        assertCoded(MEASURES.get(kind), DefaultCodes.measureImposed(kind));
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void aStatementIsCodedByItsTone(Tone tone) {
        assertCoded(TONES.get(tone), DefaultCodes.statement(tone));
    }

    @ParameterizedTest
    @EnumSource(Forum.class)
    void aProtestIsCodedByItsForum(Forum forum) {
        assertCoded(FORUMS.get(forum), DefaultCodes.protestLodged(forum));
    }

    @ParameterizedTest
    @EnumSource(ProtestResponse.class)
    void anAnswerToAProtestIsCodedByItsKind(ProtestResponse response) {
        assertCoded(RESPONSES.get(response), DefaultCodes.protestAnswered(response));
    }

    @ParameterizedTest
    @EnumSource(MeetingKind.class)
    void aMeetingHeldWithoutAgreementIsCodedByItsKind(MeetingKind kind) {
        assertCoded(MEETINGS_WITHOUT_AGREEMENT.get(kind), DefaultCodes.meetingHeld(kind, Outcome.NONE));
    }

    @ParameterizedTest
    @EnumSource(MeetingKind.class)
    void anyMeetingHeldWithAnAgreementIsASignedAgreement(MeetingKind kind) {
        assertCoded(AGREEMENT, DefaultCodes.meetingHeld(kind, Outcome.AGREEMENT));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "MeasureThreatened               | 1312 | -5.8 | Threaten to boycott, embargo, or sanction",
            "MeasureEased, MeasureSuspended  | 081  | 5.0  | Ease administrative sanctions",
            "MeasureLifted                   | 085  | 7.0  | Ease economic sanctions, boycott, embargo",
            "ThreatWithdrawn, StatementRetracted | 080 | 5.0 | Yield",
            "RetractionDemanded              | 100  | -5.0 | Demand",
            "RetractionRefused, ProtestRejected | 120 | -4.0 | Reject",
            "ProtestAcknowledged, ProtestDismissed | 010 | 0.0 | Make statement",
            "ProtestUpheld                   | 116  | -2.0 | Find guilty or liable (legally)",
            "CallHeld                        | 041  | 1.0  | Discuss by telephone",
            "MeetingScheduled                | 036  | 4.0  | Express intent to meet or negotiate",
            "MeetingHeld MEETING, SUMMIT     | 040  | 1.0  | Consult",
            "MeetingHeld STATE_VISIT         | 042  | 1.9  | Make a visit",
            "MeetingHeld with AGREEMENT      | 057  | 8.0  | Sign formal agreement",
            "MeetingCancelled                | 160  | -4.0 | Reduce relations"})
    void theFixedCodesAreThoseOfTheDesign(String events, String code, double goldstein, String label) {
        CameoCode constant = switch (events) {
            case "MeasureThreatened" -> DefaultCodes.THREATEN_SANCTION;
            case "MeasureEased, MeasureSuspended" -> DefaultCodes.EASE_ADMINISTRATIVE_SANCTIONS;
            case "MeasureLifted" -> DefaultCodes.EASE_ECONOMIC_SANCTIONS;
            case "ThreatWithdrawn, StatementRetracted" -> DefaultCodes.YIELD;
            case "RetractionDemanded" -> DefaultCodes.DEMAND;
            case "RetractionRefused, ProtestRejected" -> DefaultCodes.REJECT;
            case "ProtestAcknowledged, ProtestDismissed" -> DefaultCodes.MAKE_STATEMENT;
            case "ProtestUpheld" -> DefaultCodes.FIND_GUILTY;
            case "CallHeld" -> DefaultCodes.DISCUSS_BY_TELEPHONE;
            case "MeetingScheduled" -> DefaultCodes.EXPRESS_INTENT_TO_MEET;
            case "MeetingHeld MEETING, SUMMIT" -> DefaultCodes.CONSULT;
            case "MeetingHeld STATE_VISIT" -> DefaultCodes.MAKE_A_VISIT;
            case "MeetingHeld with AGREEMENT" -> DefaultCodes.SIGN_FORMAL_AGREEMENT;
            case "MeetingCancelled" -> DefaultCodes.REDUCE_RELATIONS;
            default -> throw new IllegalArgumentException(events);
        };
        assertCoded(new Expected(code, goldstein, label), constant);
    }
}
