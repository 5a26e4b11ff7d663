package org.escalationtimeline.app.write;

import org.escalationtimeline.api.InvalidValue;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.ActorKind;
import org.escalationtimeline.api.value.DatePrecision;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.api.value.Source;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON bodies of the write endpoints, field for field as in Appendix A of the design. An
 * unknown field is refused by the HTTP object mapper; values check themselves as they are read.
 */
public final class WriteBodies {

    private WriteBodies() {
    }

    public record RegisterActorBody(ActorCode code, String name, ActorKind kind) {
    }

    /** For POST /api/measures and /api/measures/threats. */
    public record MeasureBody(String id, ActorCode actor, List<ActorCode> targets, MeasureKind kind,
                              List<String> items, LocalDate effectiveOn,
                              LocalDate date, DatePrecision datePrecision, String summary, List<Source> sources,
                              CameoCode cameo, Double goldstein) implements DevelopmentBody {
    }

    /** For the lifecycle steps that need nothing but the development: announce, lift, refusals, retraction, cancel. */
    public record PlainDevelopmentBody(LocalDate date, DatePrecision datePrecision, String summary,
                                       List<Source> sources, CameoCode cameo, Double goldstein)
            implements DevelopmentBody {
    }

    public record TightenBody(List<String> items, LocalDate date, DatePrecision datePrecision, String summary,
                              List<Source> sources, CameoCode cameo, Double goldstein) implements DevelopmentBody {
    }

    public record EaseBody(Boolean suspend, LocalDate until, LocalDate date, DatePrecision datePrecision,
                           String summary, List<Source> sources, CameoCode cameo, Double goldstein)
            implements DevelopmentBody {
    }

    public record StatementBody(String id, ActorCode actor, String speaker, List<ActorCode> about, Tone tone,
                                String topic, LocalDate date, DatePrecision datePrecision, String summary,
                                List<Source> sources, CameoCode cameo, Double goldstein) implements DevelopmentBody {
    }

    public record RetractionDemandBody(ActorCode by, LocalDate date, DatePrecision datePrecision, String summary,
                                       List<Source> sources, CameoCode cameo, Double goldstein)
            implements DevelopmentBody {
    }

    public record ProtestBody(String id, ActorCode actor, ActorCode against, Forum forum, Subject about,
                              LocalDate date, DatePrecision datePrecision, String summary, List<Source> sources,
                              CameoCode cameo, Double goldstein) implements DevelopmentBody {

        /** {@code {"measure": "..."}} or {@code {"statement": "..."}}. */
        public record Subject(String measure, String statement) {
        }
    }

    public record ProtestResponseBody(ActorCode by, ProtestResponse response, LocalDate date,
                                      DatePrecision datePrecision, String summary, List<Source> sources,
                                      CameoCode cameo, Double goldstein) implements DevelopmentBody {
    }

    public record CallBody(String id, List<ActorCode> participants, LocalDate date, DatePrecision datePrecision,
                           String summary, List<Source> sources, CameoCode cameo, Double goldstein)
            implements DevelopmentBody {
    }

    /**
     * For POST /api/meetings: schedules the meeting, or records it as held when {@code held} is
     * true. {@code plannedFor} (when a scheduled meeting is to take place) is this service's
     * addition to Appendix A.
     */
    public record MeetingBody(String id, MeetingKind kind, List<ActorCode> participants, ActorCode host,
                              Boolean held, Outcome outcome, EventDate plannedFor, LocalDate date,
                              DatePrecision datePrecision, String summary, List<Source> sources, CameoCode cameo,
                              Double goldstein) implements DevelopmentBody {

        public MeetingBody {
            if (!Boolean.TRUE.equals(held) && outcome != null) {
                throw new InvalidValue("outcome", "only a held meeting has an outcome");
            }
            if (Boolean.TRUE.equals(held) && plannedFor != null) {
                throw new InvalidValue("plannedFor", "a held meeting is not planned");
            }
        }
    }

    public record MeetingHeldBody(Outcome outcome, LocalDate date, DatePrecision datePrecision, String summary,
                                  List<Source> sources, CameoCode cameo, Double goldstein)
            implements DevelopmentBody {
    }

    public record IncidentBody(String id, ActorCode actor, List<ActorCode> targets, LocalDate date,
                               DatePrecision datePrecision, String summary, List<Source> sources, CameoCode cameo,
                               Double goldstein) implements DevelopmentBody {
    }

    /** Fields left out stay as they were; {@code datePrecision} goes with {@code date}. */
    public record CorrectionBody(LocalDate date, DatePrecision datePrecision, String summary, List<Source> sources,
                                 String reason) {
    }

    public record RecordRetractionBody(String reason) {
    }
}
