package org.escalationtimeline.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.meeting.Arrangement;
import org.escalationtimeline.api.meeting.CancelMeeting;
import org.escalationtimeline.api.meeting.HoldMeeting;
import org.escalationtimeline.api.meeting.MeetingCancelled;
import org.escalationtimeline.api.meeting.MeetingHeld;
import org.escalationtimeline.api.meeting.MeetingScheduled;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.ScheduleMeeting;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.scoring.DefaultCodes;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A meeting, state visit or summit: scheduled, then held or cancelled; or recorded once held. */
@Aggregate
public class Meeting {

    @AggregateIdentifier
    private String meetingId;
    private Arrangement arrangement;
    private MeetingStatus status;
    private EventDate latestDate;

    protected Meeting() {
        // For Axon: a meeting is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleMeeting command, Registry registry) {
        Rules.requireNew("meeting", command.meetingId());
        requireRegistered(command.arrangement(), registry);
        Arrangement planned = command.arrangement();
        apply(new MeetingScheduled(command.meetingId(), planned, command.plannedFor(), development(command.report(), planned, DefaultCodes.EXPRESS_INTENT_TO_MEET)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HoldMeeting command, Registry registry) {
        Arrangement held;
        if (command.arrangement() != null) {
            Rules.requireNew("meeting", command.meetingId());
            requireRegistered(command.arrangement(), registry);
            held = command.arrangement();
        } else {
            Rules.requireExisting(meetingId, "meeting", command.meetingId());
            Rules.requireVersion(meetingId, command.expectedVersion());
            if (!isHeldFrom(status)) {
                throw RuleBroken.conflict("hold-only-a-scheduled-meeting",
                        "meeting " + meetingId + " is " + status + "; only a SCHEDULED meeting is held");
            }
            Rules.requireNotBefore(latestDate, command.report().date());
            held = arrangement;
        }
        apply(new MeetingHeld(command.meetingId(), held.kind(), held.participants(), held.host(), command.outcome(),
                development(command.report(), held, DefaultCodes.meetingHeld(held.kind(), command.outcome()))));
    }

    @CommandHandler
    void handle(CancelMeeting command) {
        Rules.requireExisting(meetingId, "meeting", command.meetingId());
        if (!isCancelledFrom(status)) {
            throw RuleBroken.conflict("cancel-only-a-scheduled-meeting",
                    "meeting " + meetingId + " is " + status + "; only a SCHEDULED meeting is cancelled");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new MeetingCancelled(meetingId,
                development(command.report(), arrangement, DefaultCodes.REDUCE_RELATIONS)));
    }

    static boolean isHeldFrom(MeetingStatus status) {
        return status == MeetingStatus.SCHEDULED;
    }

    static boolean isCancelledFrom(MeetingStatus status) {
        return status == MeetingStatus.SCHEDULED;
    }

    private static void requireRegistered(Arrangement arrangement, Registry registry) {
        List<ActorCode> named = new ArrayList<>(arrangement.participants());
        if (arrangement.host() != null) {
            named.add(arrangement.host());
        }
        Rules.requireRegistered(registry, named);
    }

    /** Cooperation among equals: the first participant is the development's actor, the others its targets. */
    private static Development development(Report report, Arrangement arrangement, CameoCode defaultCode) {
        List<ActorCode> participants = arrangement.participants();
        return Development.of(report, participants.get(0), participants.subList(1, participants.size()),
                Coding.of(defaultCode, report.coding()));
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId();
        arrangement = event.arrangement();
        moved(MeetingStatus.SCHEDULED, event.development());
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        meetingId = event.meetingId();
        arrangement = new Arrangement(event.kind(), event.participants(), event.host());
        moved(MeetingStatus.HELD, event.development());
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        moved(MeetingStatus.CANCELLED, event.development());
    }

    private void moved(MeetingStatus status, Development development) {
        this.status = status;
        this.latestDate = development.date();
    }
}
