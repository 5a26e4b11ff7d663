package org.escalationtimeline.query.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.escalationtimeline.api.measure.MeasureKind;
import org.escalationtimeline.api.measure.MeasureStatus;
import org.escalationtimeline.api.meeting.MeetingKind;
import org.escalationtimeline.api.meeting.MeetingStatus;
import org.escalationtimeline.api.meeting.Outcome;
import org.escalationtimeline.api.protest.Forum;
import org.escalationtimeline.api.protest.ProtestResponse;
import org.escalationtimeline.api.query.EventEntry;
import org.escalationtimeline.api.query.MeasureView;
import org.escalationtimeline.api.query.MeetingView;
import org.escalationtimeline.api.query.ProtestView;
import org.escalationtimeline.api.query.StatementView;
import org.escalationtimeline.api.statement.Tone;
import org.escalationtimeline.api.value.ActorCode;
import org.escalationtimeline.query.ReadModelJson;
import org.escalationtimeline.query.read.AggregateHistory.Step;
import org.escalationtimeline.query.view.MeasureSnapshot;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The state of one measure, statement, protest or meeting at a cutoff, folded from its history
 * as the read model knows it: asOf decides which of its developments count, knownAt which were
 * recorded (and corrected) by then.
 */
@Component
public class AggregateStates {

    private final AggregateHistory history;

    public AggregateStates(AggregateHistory history) {
        this.history = history;
    }

    public Optional<MeasureView> measure(String id, Cutoff cutoff) {
        return steps(id, cutoff, "measure").flatMap(steps -> measure(id, steps));
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

    /** Every measure as it stood at the cutoff: what the stances weigh. */
    public List<MeasureSnapshot> measures(Cutoff cutoff) {
        Map<String, List<Step>> byMeasure = new LinkedHashMap<>();
        for (Step step : history.ofType("measure", cutoff)) {
            byMeasure.computeIfAbsent(step.entry().aggregate().id(), id -> new ArrayList<>()).add(step);
        }
        List<MeasureSnapshot> snapshots = new ArrayList<>();
        byMeasure.forEach((id, steps) -> measure(id, steps).ifPresent(view -> {
            UUID announcedBy = null;
            LocalDate announcedOn = null;
            UUID threatenedBy = null;
            for (Step step : steps) {
                switch (step.entry().type()) {
                    case "MeasureAnnounced" -> {
                        announcedBy = step.entry().eventId();
                        announcedOn = step.entry().date();
                    }
                    case "MeasureThreatened" -> threatenedBy = step.entry().eventId();
                    default -> {
                    }
                }
            }
            snapshots.add(new MeasureSnapshot(id, view.actor(), view.targets(), view.status(), announcedOn,
                    announcedBy, threatenedBy));
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

    /** Empty when the development that created the measure is not known at the cutoff (retracted). */
    private static Optional<MeasureView> measure(String id, List<Step> steps) {
        Optional<Step> creation = creation(steps, "MeasureThreatened", "MeasureAnnounced");
        if (creation.isEmpty()) {
            return Optional.empty();
        }
        EventEntry first = creation.get().entry();
        JsonNode created = ReadModelJson.read(creation.get().payload());
        List<String> items = new ArrayList<>(texts(created.path("items")));
        MeasureStatus status = null;
        LocalDate since = null;
        LocalDate until = null;
        for (Step step : steps) {
            JsonNode payload = ReadModelJson.read(step.payload());
            MeasureStatus next = switch (step.entry().type()) {
                case "MeasureThreatened" -> MeasureStatus.THREATENED;
                case "MeasureAnnounced", "MeasureTightened" -> MeasureStatus.IN_FORCE;
                case "MeasureEased" -> MeasureStatus.EASED;
                case "MeasureSuspended" -> MeasureStatus.SUSPENDED;
                default -> MeasureStatus.LIFTED;
            };
            for (String item : texts(payload.path("addedItems"))) {
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
            until = payload.hasNonNull("until") ? LocalDate.parse(payload.get("until").asText())
                    : next == MeasureStatus.EASED || next == MeasureStatus.SUSPENDED ? until : null;
            status = next;
            since = step.entry().date();
        }
        return Optional.of(new MeasureView(id, first.actor(), first.targets(),
                MeasureKind.valueOf(created.path("kind").asText()), List.copyOf(items),
                created.hasNonNull("effectiveOn") ? LocalDate.parse(created.get("effectiveOn").asText()) : null,
                status, since, until, entries(steps)));
    }

    private static Optional<StatementView> statement(String id, List<Step> steps) {
        Optional<Step> creation = creation(steps, "StatementMade");
        if (creation.isEmpty()) {
            return Optional.empty();
        }
        EventEntry first = creation.get().entry();
        JsonNode made = ReadModelJson.read(creation.get().payload());
        List<ActorCode> demanders = new ArrayList<>();
        int refusals = 0;
        boolean retracted = false;
        for (Step step : steps) {
            switch (step.entry().type()) {
                case "RetractionDemanded" -> {
                    if (!demanders.contains(step.entry().actor())) {
                        demanders.add(step.entry().actor());
                    }
                }
                case "RetractionRefused" -> refusals++;
                case "StatementRetracted" -> retracted = true;
                default -> {
                }
            }
        }
        return Optional.of(new StatementView(id, first.actor(), made.path("speaker").asText(), first.targets(),
                Tone.valueOf(made.path("tone").asText()), made.hasNonNull("topic") ? made.get("topic").asText() : null,
                List.copyOf(demanders), refusals, retracted, entries(steps)));
    }

    private static Optional<ProtestView> protest(String id, List<Step> steps) {
        Optional<Step> creation = creation(steps, "ProtestLodged");
        if (creation.isEmpty()) {
            return Optional.empty();
        }
        EventEntry first = creation.get().entry();
        JsonNode lodged = ReadModelJson.read(creation.get().payload());
        JsonNode about = lodged.path("about");
        List<ProtestResponse> answers = new ArrayList<>();
        for (Step step : steps) {
            switch (step.entry().type()) {
                case "ProtestRejected" -> answers.add(ProtestResponse.REJECTED);
                case "ProtestAcknowledged" -> answers.add(ProtestResponse.ACKNOWLEDGED);
                case "ProtestUpheld" -> answers.add(ProtestResponse.UPHELD);
                case "ProtestDismissed" -> answers.add(ProtestResponse.DISMISSED);
                default -> {
                }
            }
        }
        return Optional.of(new ProtestView(id, first.actor(), first.targets().get(0),
                Forum.valueOf(lodged.path("forum").asText()),
                about.isObject() ? new ProtestView.Subject(text(about, "measure"), text(about, "statement")) : null,
                List.copyOf(answers), entries(steps)));
    }

    private static Optional<MeetingView> meeting(String id, List<Step> steps) {
        Optional<Step> creation = creation(steps, "MeetingScheduled", "MeetingHeld");
        if (creation.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = ReadModelJson.read(creation.get().payload());
        List<ActorCode> participants = texts(first.path("participants")).stream().map(ActorCode::new).toList();
        MeetingStatus status = null;
        Outcome outcome = null;
        for (Step step : steps) {
            JsonNode payload = ReadModelJson.read(step.payload());
            switch (step.entry().type()) {
                case "MeetingScheduled" -> status = MeetingStatus.SCHEDULED;
                case "MeetingHeld" -> {
                    status = MeetingStatus.HELD;
                    outcome = Outcome.valueOf(payload.path("outcome").asText());
                }
                default -> status = MeetingStatus.CANCELLED;
            }
        }
        return Optional.of(new MeetingView(id, MeetingKind.valueOf(first.path("kind").asText()), participants,
                first.hasNonNull("host") ? new ActorCode(first.get("host").asText()) : null, text(first, "plannedFor"),
                status, outcome, entries(steps)));
    }

    /**
     * The development that created the aggregate and carries its terms: the earliest in the
     * aggregate's own sequence of the creating types, whatever a corrected date did to the world's
     * order. Empty when it was retracted.
     */
    private static Optional<Step> creation(List<Step> steps, String... creatingTypes) {
        List<String> types = List.of(creatingTypes);
        return steps.stream().filter(step -> types.contains(step.entry().type()))
                .min(Comparator.comparingLong(Step::sequenceNumber));
    }

    private static List<EventEntry> entries(List<Step> steps) {
        return steps.stream().map(Step::entry).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
