package org.escalationtimeline.api.scoring;

import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.statement.Tone;

/**
 * The CAMEO code each kind of event is coded with unless a client overrides it (DESIGN §5). The
 * weight is always the table's weight of the code.
 */
public final class DefaultCodes {

    public static final CameoCode THREATEN_SANCTION = new CameoCode("1312");
    public static final CameoCode IMPOSE_EMBARGO = new CameoCode("163");
    public static final CameoCode INVESTIGATE = new CameoCode("090");
    public static final CameoCode REDUCE_RELATIONS = new CameoCode("160");
    public static final CameoCode EASE_ADMINISTRATIVE_SANCTIONS = new CameoCode("081");
    public static final CameoCode EASE_ECONOMIC_SANCTIONS = new CameoCode("085");
    public static final CameoCode YIELD = new CameoCode("080");
    public static final CameoCode DEMAND = new CameoCode("100");
    public static final CameoCode REJECT = new CameoCode("120");
    public static final CameoCode MAKE_STATEMENT = new CameoCode("010");
    public static final CameoCode FIND_GUILTY = new CameoCode("116");
    public static final CameoCode DISCUSS_BY_TELEPHONE = new CameoCode("041");
    public static final CameoCode EXPRESS_INTENT_TO_MEET = new CameoCode("036");
    public static final CameoCode CONSULT = new CameoCode("040");
    public static final CameoCode MAKE_A_VISIT = new CameoCode("042");
    public static final CameoCode SIGN_FORMAL_AGREEMENT = new CameoCode("057");

    private DefaultCodes() {
    }

    /** MeasureAnnounced and MeasureTightened, by the kind of measure. */
    public static CameoCode measureImposed(MeasureKind kind) {
        return switch (kind) {
            case EXPORT_BAN, EXPORT_CONTROL, LICENSING_REVIEW, QUOTA, EMBARGO, SANCTION, TARIFF, IMPORT_BAN ->
                    IMPOSE_EMBARGO;
            case ANTI_DUMPING_PROBE, INVESTIGATION -> INVESTIGATE;
            case TRAVEL_ADVISORY -> REDUCE_RELATIONS;
        };
    }

    public static CameoCode statement(Tone tone) {
        return switch (tone) {
            case HOSTILE -> new CameoCode("111");
            case CRITICAL -> new CameoCode("012");
            case NEUTRAL -> MAKE_STATEMENT;
            case CONCILIATORY -> new CameoCode("013");
            case SUPPORTIVE -> new CameoCode("051");
        };
    }

    public static CameoCode protestLodged(Forum forum) {
        return switch (forum) {
            case DIPLOMATIC -> new CameoCode("114");
            case WTO -> new CameoCode("115");
            case G7, UN, OTHER -> new CameoCode("113");
        };
    }

    public static CameoCode protestAnswered(ProtestResponse response) {
        return switch (response) {
            case REJECTED -> REJECT;
            case ACKNOWLEDGED, DISMISSED -> MAKE_STATEMENT;
            case UPHELD -> FIND_GUILTY;
        };
    }

    public static CameoCode meetingHeld(MeetingKind kind, Outcome outcome) {
        if (outcome == Outcome.AGREEMENT) {
            return SIGN_FORMAL_AGREEMENT;
        }
        return kind == MeetingKind.STATE_VISIT ? MAKE_A_VISIT : CONSULT;
    }
}
