package org.escalationtimeline.command.measure;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.escalationtimeline.api.Development;
import org.escalationtimeline.api.Report;
import org.escalationtimeline.api.RuleBroken;
import org.escalationtimeline.api.measure.AnnounceMeasure;
import org.escalationtimeline.api.measure.EaseMeasure;
import org.escalationtimeline.api.measure.LiftMeasure;
import org.escalationtimeline.api.measure.MeasureAnnounced;
import org.escalationtimeline.api.measure.MeasureEased;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureLifted;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.measure.MeasureSuspended;
import org.escalationtimeline.api.measure.MeasureTerms;
import org.escalationtimeline.api.measure.MeasureThreatened;
import org.escalationtimeline.api.measure.MeasureTightened;
import org.escalationtimeline.api.measure.ThreatWithdrawn;
import org.escalationtimeline.api.measure.ThreatenMeasure;
import org.escalationtimeline.api.measure.TightenMeasure;
import org.escalationtimeline.api.scoring.CameoCode;
import org.escalationtimeline.api.scoring.Coding;
import org.escalationtimeline.api.scoring.DefaultCodes;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.api.value.EventDate;
import org.escalationtimeline.command.Rules;
import org.escalationtimeline.command.registry.Registry;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A measure one actor takes against others: an export ban, a tariff, a travel advisory. It is
 * threatened or announced, then tightened, eased, suspended or lifted.
 */
@Aggregate
public class Measure {

    @AggregateIdentifier
    private String measureId;
    private ActorCode actor;
    private List<ActorCode> targets;
    private MeasureKind kind;
    // Kept so that carrying out a threat announces what was threatened.
    private List<String> items;
    private LocalDate effectiveOn;
    private MeasureStatus status;
    private EventDate latestDate;

    protected Measure() {
        // For Axon: a measure is rebuilt from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ThreatenMeasure command, Registry registry) {
        Rules.requireNew("measure", command.measureId());
        MeasureTerms terms = command.terms();
        Rules.requireRegistered(registry, terms.actor(), terms.targets());
        apply(new MeasureThreatened(command.measureId(), terms.kind(), terms.items(), terms.effectiveOn(),
                development(command.report(), terms.actor(), terms.targets(), DefaultCodes.THREATEN_SANCTION)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AnnounceMeasure command, Registry registry) {
        MeasureTerms terms = command.terms();
        if (terms != null) {
            Rules.requireNew("measure", command.measureId());
            Rules.requireRegistered(registry, terms.actor(), terms.targets());
            apply(new MeasureAnnounced(command.measureId(), terms.kind(), terms.items(), terms.effectiveOn(),
                    development(command.report(), terms.actor(), terms.targets(),
                            DefaultCodes.measureImposed(terms.kind()))));
            return;
        }
        Rules.requireExisting(measureId, "measure", command.measureId());
        Rules.requireVersion(measureId, command.expectedVersion());
        if (!isCarriedOutFrom(status)) {
            throw RuleBroken.conflict("only-a-threat-is-carried-out",
                    "measure " + measureId + " is " + status + "; only a THREATENED measure is announced");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new MeasureAnnounced(measureId, kind, items, effectiveOn,
                development(command.report(), DefaultCodes.measureImposed(kind))));
    }

    @CommandHandler
    void handle(TightenMeasure command) {
        Rules.requireExisting(measureId, "measure", command.measureId());
        if (!isTightenedFrom(status)) {
            throw RuleBroken.conflict("tighten-only-in-force-eased-or-suspended",
                    "measure " + measureId + " is " + status + "; only IN_FORCE, EASED or SUSPENDED can be tightened");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(new MeasureTightened(measureId, command.addedItems(),
                development(command.report(), DefaultCodes.measureImposed(kind))));
    }

    @CommandHandler
    void handle(EaseMeasure command) {
        Rules.requireExisting(measureId, "measure", command.measureId());
        if (!isEasedFrom(status)) {
            throw RuleBroken.conflict("ease-only-in-force-or-eased",
                    "measure " + measureId + " is " + status + "; only IN_FORCE or EASED can be eased or suspended");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        Development development = development(command.report(), DefaultCodes.EASE_ADMINISTRATIVE_SANCTIONS);
        apply(command.suspend()
                ? new MeasureSuspended(measureId, command.until(), development)
                : new MeasureEased(measureId, command.until(), development));
    }

    @CommandHandler
    void handle(LiftMeasure command) {
        Rules.requireExisting(measureId, "measure", command.measureId());
        if (!isLiftedFrom(status)) {
            throw RuleBroken.conflict("cannot-lift-twice", "measure " + measureId + " is already LIFTED");
        }
        Rules.requireNotBefore(latestDate, command.report().date());
        apply(status == MeasureStatus.THREATENED
                ? new ThreatWithdrawn(measureId, development(command.report(), DefaultCodes.YIELD))
                : new MeasureLifted(measureId, development(command.report(), DefaultCodes.EASE_ECONOMIC_SANCTIONS)));
    }

    /** Announcing an existing measure carries out a threat: nothing else can be announced again. */
    static boolean isCarriedOutFrom(MeasureStatus status) {
        return status == MeasureStatus.THREATENED;
    }

    /** Tightening reinstates a suspended measure; a threat must be announced first. */
    static boolean isTightenedFrom(MeasureStatus status) {
        return status == MeasureStatus.IN_FORCE || status == MeasureStatus.EASED || status == MeasureStatus.SUSPENDED;
    }

    static boolean isEasedFrom(MeasureStatus status) {
        return status == MeasureStatus.IN_FORCE || status == MeasureStatus.EASED;
    }

    /** Lifting is terminal; a threat is lifted by withdrawing it. */
    static boolean isLiftedFrom(MeasureStatus status) {
        return status != MeasureStatus.LIFTED;
    }


    private Development development(Report report, CameoCode defaultCode) {
        return development(report, actor, targets, defaultCode);
    }

    private static Development development(Report report, ActorCode actor, List<ActorCode> targets,
                                           CameoCode defaultCode) {
        return Development.of(report, actor, targets, Coding.of(defaultCode, report.coding()));
    }

    @EventSourcingHandler
    void on(MeasureThreatened event) {
        created(event);
        moved(MeasureStatus.THREATENED, event.development());
    }

    @EventSourcingHandler
    void on(MeasureAnnounced event) {
        if (measureId == null) {
            created(event);
        }
        moved(MeasureStatus.IN_FORCE, event.development());
    }

    @EventSourcingHandler
    void on(MeasureTightened event) {
        moved(MeasureStatus.IN_FORCE, event.development());
    }

    @EventSourcingHandler
    void on(MeasureEased event) {
        moved(MeasureStatus.EASED, event.development());
    }

    @EventSourcingHandler
    void on(MeasureSuspended event) {
        moved(MeasureStatus.SUSPENDED, event.development());
    }

    @EventSourcingHandler
    void on(MeasureLifted event) {
        moved(MeasureStatus.LIFTED, event.development());
    }

    @EventSourcingHandler
    void on(ThreatWithdrawn event) {
        moved(MeasureStatus.LIFTED, event.development());
    }

    private void created(MeasureThreatened event) {
        created(event.measureId(), event.kind(), event.items(), event.effectiveOn(), event.development());
    }

    private void created(MeasureAnnounced event) {
        created(event.measureId(), event.kind(), event.items(), event.effectiveOn(), event.development());
    }

    private void created(String id, MeasureKind kind, List<String> items, LocalDate effectiveOn,
                         Development development) {
        this.measureId = id;
        this.kind = kind;
        this.items = items;
        this.effectiveOn = effectiveOn;
        this.actor = development.actor();
        this.targets = development.targets();
    }

    private void moved(MeasureStatus status, Development development) {
        this.status = status;
        this.latestDate = development.date();
    }
}
