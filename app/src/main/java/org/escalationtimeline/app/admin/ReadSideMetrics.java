package org.escalationtimeline.app.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.escalationtimeline.query.projection.Generations;
import org.escalationtimeline.query.rebuild.ProcessorStatuses;
import org.escalationtimeline.query.rebuild.ProcessorStatuses.ProcessorStatus;
import org.escalationtimeline.query.rebuild.RebuildPhase;
import org.escalationtimeline.query.rebuild.Rebuilds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The read side as gauges, beside Axon's own processor meters (latency, capacity: axon-micrometer), which know
 * nothing of the token store or of rebuilds: each processor's lag in positions behind the head, whether it runs and
 * how many segments this node holds; the rebuild's progress as GET /api/admin/replay reports it; the live
 * generation.
 */
@Component
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
class ReadSideMetrics implements MeterBinder {

    /** One scrape reads every gauge within milliseconds: they share one look at the read model and token store. */
    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final ProcessorStatuses processors;
    private final Rebuilds rebuilds;
    private volatile Snapshot last;

    ReadSideMetrics(ProcessorStatuses processors, Rebuilds rebuilds) {
        this.processors = processors;
        this.rebuilds = rebuilds;
    }

    private record Snapshot(long takenNanos, List<ProcessorStatus> processors, Rebuilds.Progress rebuild) {

        ProcessorStatus processor(String name) {
            return processors.stream().filter(status -> status.processor().equals(name)).findFirst().orElseThrow();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Generations generation : Generations.values()) {
            String name = generation.processingGroup();
            processorGauge(registry, "timeline.processor.lag", name, "events",
                    "positions the head of the event stream is ahead of the processor; NaN while it is IDLE",
                    status -> status.lag() == null ? Double.NaN : status.lag());
            processorGauge(registry, "timeline.processor.running", name, null,
                    "1 while the processor runs on this node", status -> status.running() ? 1 : 0);
            processorGauge(registry, "timeline.processor.segments", name, null,
                    "segments of the processor this node holds", ProcessorStatus::segmentsHere);
        }
        rebuildGauge(registry, "timeline.rebuild.running", null, "1 while a rebuild resets or fills its generation",
                progress -> progress.status() == RebuildPhase.IDLE ? 0 : 1);
        rebuildGauge(registry, "timeline.rebuild.done", "events", "positions the current or last rebuild has passed",
                Rebuilds.Progress::eventsDone);
        rebuildGauge(registry, "timeline.rebuild.total", "events", "the head position when the rebuild started",
                Rebuilds.Progress::eventsTotal);
        rebuildGauge(registry, "timeline.read.model.live.generation", null, "the generation that answers reads",
                Rebuilds.Progress::liveGeneration);
    }

    private void processorGauge(MeterRegistry registry, String meter, String processor, String unit,
                                String description, ToDoubleFunction<ProcessorStatus> value) {
        Gauge.builder(meter, () -> value.applyAsDouble(snapshot().processor(processor)))
                .tag("processor", processor).baseUnit(unit).description(description).register(registry);
    }

    private void rebuildGauge(MeterRegistry registry, String meter, String unit, String description,
                              ToDoubleFunction<Rebuilds.Progress> value) {
        Gauge.builder(meter, () -> value.applyAsDouble(snapshot().rebuild()))
                .baseUnit(unit).description(description).register(registry);
    }

    private Snapshot snapshot() {
        Snapshot snapshot = last;
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.takenNanos() > FRESH_NANOS) {
            snapshot = new Snapshot(now, processors.all(), rebuilds.progress());
            last = snapshot;
        }
        return snapshot;
    }
}
