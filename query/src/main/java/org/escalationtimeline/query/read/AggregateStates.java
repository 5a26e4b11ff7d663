package org.escalationtimeline.query.read;

import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.ProtestLodged;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.protest.ProtestSubject;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.query.MeetingView;
import org.escalationtimeline.api.query.ProtestView;
import org.escalationtimeline.api.query.StatementView;
import org.escalationtimeline.api.statement.StatementMade;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.query.read.AggregateHistory.Step;
import org.escalationtimeline.query.view.MeasureSnapshot;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of one measure, statement, protest or meeting at a cutoff, folded from its history
 * as the read model knows it: knownAt decides which developments were recorded (and corrected) by
 * then, asOf which of them count (see {@link AggregateHistory}), and the fold applies them in the
 * aggregate's own sequence, as the write side did.
 * <p>
 * Each fold switches over an enum of the developments its aggregate has, one constant per event
 * class, in switch expressions the compiler checks cover every constant: a development added to
 * an enum does not compile until the fold says what it does, and a stored type no constant names
 * is refused rather than read as some other development.
 */
@Component
public class AggregateStates {

    private final AggregateHistory history;

    public AggregateStates(AggregateHistory history) {
        this.history = history;
    }

    public Optional<MeasureView> measure(String id, Cutoff cutoff) {
        return steps(id, cutoff, "measure").flatMap(steps -> measure(id, steps)).map(MeasureFold::view);
    }

    public Optional<StatementView> statement(String id, Cutoff cutoff) {
        return steps(id, cutoff, "statement").flatMap(steps -> statement(id, steps));
    }

    public Optional<ProtestView> protest(String id, Cutoff cutoff) {
        return steps(id, cutoff, "protest").flatMap(steps -> protest(id, steps));
    }

    public Optional<MeetingView> meeting(String id, Cutoff cutoff) {
        return steps(id, cutoff, "meeting").flatMap(steps -> meeting(id, steps));
    }

    /** The aggregate's version as known at the cutoff, for an ETag a following If-Match can use. */
    public Optional<Long> version(String id, Cutoff cutoff) {
        return history.version(id, cutoff);
    }

    /** Every measure as it stood at the cutoff, from the same fold as one measure's state: what the stances weigh. */
    public List<MeasureSnapshot> measures(Cutoff cutoff) {
        List<MeasureSnapshot> snapshots = new ArrayList<>();
        history.ofType("measure", cutoff).forEach((id, steps) -> measure(id, steps).ifPresent(fold -> {
            MeasureView view = fold.view();
            snapshots.add(new MeasureSnapshot(id, view.actor(), view.targets(), view.status(), fold.announcedOn(),
                    fold.announcedBy(), fold.threatenedBy()));
        }));
        return snapshots;
    }

    private Optional<List<Step>> steps(String id, Cutoff cutoff, String type) {
        List<Step> steps = history.of(id, cutoff);
        if (steps.isEmpty() || !steps.get(0).entry().aggregate().type().equals(type)) {
            return Optional.empty();
        }
        return Optional.of(steps);
    }

    // The developments of each aggregate type, each constant named as its event class (the type
    // the projection stores): the folds switch over them exhaustively.

    enum MeasureDevelopment {
        MeasureThreatened, MeasureAnnounced, MeasureTightened, MeasureEased, MeasureSuspended, MeasureLifted,
        ThreatWithdrawn
    }

    enum StatementDevelopment {
        StatementMade, RetractionDemanded, RetractionRefused, StatementRetracted
    }

    enum ProtestDevelopment {
        ProtestLodged, ProtestRejected, ProtestAcknowledged, ProtestUpheld, ProtestDismissed
    }

    enum MeetingDevelopment {
        MeetingScheduled, MeetingHeld, MeetingCancelled
    }

    /** The kind of the step's development among an aggregate type's; refuses a type none of them names. */
    static <K extends Enum<K>> K kind(Class<K> kinds, Step step) {
        String type = step.entry().type();
        return Arrays.stream(kinds.getEnumConstants()).filter(kind -> kind.name().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("a " + step.entry().aggregate().type()
                        + " does not develop by " + type + " (" + step.entry().aggregate().id() + ", event "
                        + step.entry().eventId() + ")"));
    }

    /** A measure's state, with what the stances need to know of its announcement and threat. */
    private record MeasureFold(MeasureView view, LocalDate announcedOn, UUID announcedBy, UUID threatenedBy) {
    }

    /** Who took a measure against whom, and on what terms: what the development that created it says. */
    private record Creation(EventEntry entry, MeasureKind kind, LocalDate effectiveOn) {
    }

    /**
     * Empty when the development that created the measure is not known at the cutoff (retracted):
     * its terms are those of the first threat or announcement in its sequence.
     */
    private static Optional<MeasureFold> measure(String id, List<Step> steps) {
        Creation creation = null;
        List<String> items = new ArrayList<>();
        MeasureStatus status = null;
        LocalDate since = null;
        LocalDate until = null;
        LocalDate announcedOn = null;
        UUID announcedBy = null;
        UUID threatenedBy = null;
        for (Step step : steps) {
            MeasureDevelopment development = kind(MeasureDevelopment.class, step);
            List<String> added = switch (development) {
                case MeasureThreatened -> {
                    MeasureThreatened threatened = step.as(MeasureThreatened.class);
                    threatenedBy = step.entry().eventId();
                    creation = orElse(creation, new Creation(step.entry(), threatened.kind(), threatened.effectiveOn()));
                    yield threatened.items();
                }
                case MeasureAnnounced -> {
                    MeasureAnnounced announced = step.as(MeasureAnnounced.class);
                    announcedBy = step.entry().eventId();
                    announcedOn = step.entry().date();
                    creation = orElse(creation, new Creation(step.entry(), announced.kind(), announced.effectiveOn()));
                    yield announced.items();
                }
                case MeasureTightened -> step.as(MeasureTightened.class).addedItems();
                case MeasureEased, MeasureSuspended, MeasureLifted, ThreatWithdrawn -> List.of();
            };
            for (String item : added) {
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
            // An easing or suspension keeps the end announced before unless it announces another.
            until = switch (development) {
                case MeasureEased -> orElse(step.as(MeasureEased.class).until(), until);
                case MeasureSuspended -> orElse(step.as(MeasureSuspended.class).until(), until);
                case MeasureThreatened, MeasureAnnounced, MeasureTightened, MeasureLifted, ThreatWithdrawn -> null;
            };
            status = switch (development) {
                case MeasureThreatened -> MeasureStatus.THREATENED;
                case MeasureAnnounced, MeasureTightened -> MeasureStatus.IN_FORCE;
                case MeasureEased -> MeasureStatus.EASED;
                case MeasureSuspended -> MeasureStatus.SUSPENDED;
                case MeasureLifted, ThreatWithdrawn -> MeasureStatus.LIFTED;
            };
            since = step.entry().date();
        }
        if (creation == null) {
            return Optional.empty();
        }
        EventEntry first = creation.entry();
        return Optional.of(new MeasureFold(new MeasureView(id, first.actor(), first.targets(), creation.kind(),
                List.copyOf(items), creation.effectiveOn(), status, since, until, entries(steps)), announcedOn,
                announcedBy, threatenedBy));
    }

    private static Optional<StatementView> statement(String id, List<Step> steps) {
        EventEntry first = null;
        StatementMade made = null;
        List<ActorCode> demanders = new ArrayList<>();
        int refusals = 0;
        boolean retracted = false;
        for (Step step : steps) {
            retracted = switch (kind(StatementDevelopment.class, step)) {
                case StatementMade -> {
                    if (made == null) {
                        first = step.entry();
                        made = step.as(StatementMade.class);
                    }
                    yield retracted;
                }
                case RetractionDemanded -> {
                    if (!demanders.contains(step.entry().actor())) {
                        demanders.add(step.entry().actor());
                    }
                    yield retracted;
                }
                case RetractionRefused -> {
                    refusals++;
                    yield retracted;
                }
                case StatementRetracted -> true;
            };
        }
        if (made == null) {
            return Optional.empty();
        }
        return Optional.of(new StatementView(id, first.actor(), made.speaker(), first.targets(), made.tone(),
                made.topic(), List.copyOf(demanders), refusals, retracted, entries(steps)));
    }

    private static Optional<ProtestView> protest(String id, List<Step> steps) {
        EventEntry first = null;
        ProtestLodged lodged = null;
        List<ProtestResponse> answers = new ArrayList<>();
        for (Step step : steps) {
            ProtestDevelopment development = kind(ProtestDevelopment.class, step);
            ProtestResponse answer = switch (development) {
                case ProtestLodged -> {
                    if (lodged == null) {
                        first = step.entry();
                        lodged = step.as(ProtestLodged.class);
                    }
                    yield null;
                }
                case ProtestRejected -> ProtestResponse.REJECTED;
                case ProtestAcknowledged -> ProtestResponse.ACKNOWLEDGED;
                case ProtestUpheld -> ProtestResponse.UPHELD;
                case ProtestDismissed -> ProtestResponse.DISMISSED;
            };
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (lodged == null) {
            return Optional.empty();
        }
        ProtestSubject about = lodged.about();
        return Optional.of(new ProtestView(id, first.actor(), first.targets().get(0), lodged.forum(),
                about == null ? null : new ProtestView.Subject(about.measure(), about.statement()),
                List.copyOf(answers), entries(steps)));
    }

    /** What the first schedule or holding of a meeting says of it. */
    private record MeetingTerms(MeetingKind kind, List<ActorCode> participants, ActorCode host, EventDate plannedFor) {
    }

    private static Optional<MeetingView> meeting(String id, List<Step> steps) {
        MeetingTerms terms = null;
        MeetingStatus status = null;
        Outcome outcome = null;
        for (Step step : steps) {
            MeetingDevelopment development = kind(MeetingDevelopment.class, step);
            outcome = switch (development) {
                case MeetingScheduled -> {
                    if (terms == null) {
                        MeetingScheduled scheduled = step.as(MeetingScheduled.class);
                        Arrangement arrangement = scheduled.arrangement();
                        terms = new MeetingTerms(arrangement.kind(), arrangement.participants(), arrangement.host(),
                                scheduled.plannedFor());
                    }
                    yield outcome;
                }
                case MeetingHeld -> {
                    MeetingHeld held = step.as(MeetingHeld.class);
                    if (terms == null) {
                        terms = new MeetingTerms(held.kind(), held.participants(), held.host(), null);
                    }
                    yield held.outcome();
                }
                case MeetingCancelled -> outcome;
            };
            status = switch (development) {
                case MeetingScheduled -> MeetingStatus.SCHEDULED;
                case MeetingHeld -> MeetingStatus.HELD;
                case MeetingCancelled -> MeetingStatus.CANCELLED;
            };
        }
        if (terms == null) {
            return Optional.empty();
        }
        return Optional.of(new MeetingView(id, terms.kind(), List.copyOf(terms.participants()), terms.host(),
                terms.plannedFor() == null ? null : terms.plannedFor().iso(), status, outcome, entries(steps)));
    }

    private static <T> T orElse(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static List<EventEntry> entries(List<Step> steps) {
        return steps.stream().map(Step::entry).toList();
    }
}
