package org.escalationtimeline.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A deterministic stream of synthetic developments among {@link #ACTORS}, dated 2010–2026: measures with lifecycles
 * (threats carried out, tightenings, eases, suspensions, lifts; a fifth never lifted), statements with retraction
 * demands, refusals and retractions, protests (some about a measure) with answers, calls, meetings scheduled then
 * held or cancelled or held outright, and incidents. The same seed gives the same stream; every command in it obeys
 * the service's rules (each aggregate's dates rise, a step follows only the state that allows it), so every one of
 * them appends exactly one event.
 * <p>
 * Stories are interleaved, a few dozen open at a time, so that the steps of one aggregate lie apart in the store as
 * they would in real recording.
 */
final class Developments {

    static final List<String> ACTORS = List.of("CHN", "JPN", "USA", "KOR", "TWN", "DEU", "FRA", "GBR", "IND", "AUS",
            "NLD", "RUS", "BRA", "CAN", "ITA", "VNM", "PHL", "IDN", "MYS", "SGP");
    static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private static final int OPEN_STORIES = 48;
    private static final String[] MEASURE_KINDS = {"EXPORT_BAN", "EXPORT_CONTROL", "LICENSING_REVIEW", "QUOTA",
            "EMBARGO", "SANCTION", "TARIFF", "IMPORT_BAN", "ANTI_DUMPING_PROBE", "INVESTIGATION"};
    private static final String[] TONES = {"HOSTILE", "CRITICAL", "NEUTRAL", "CONCILIATORY", "SUPPORTIVE"};
    private static final String[] FORUMS = {"DIPLOMATIC", "G7", "UN", "OTHER"};
    private static final String[] MEETING_KINDS = {"MEETING", "STATE_VISIT", "SUMMIT"};
    private static final String[] INCIDENT_CODES = {"171", "173", "112", "141", "160", "190"};
    private static final String[] ITEMS = {"rare-earth magnets", "gallium and germanium", "lithography systems",
            "advanced logic chips", "graphite anodes", "seafood", "steel and aluminium", "electric vehicles",
            "solar wafers", "antimony", "drones and parts", "tungsten", "pharmaceutical precursors", "beef"};
    private static final String[] PUBLICATIONS = {"Reuters", "Associated Press", "Nikkei Asia", "Xinhua",
            "The Korea Herald", "Financial Times", "Bloomberg", "Kyodo News", "South China Morning Post", "Le Monde"};

    private final Random random;
    private final String prefix;
    private final boolean withActors;
    private final List<Deque<Step>> open = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<String> measureIds = new ArrayList<>();
    private int stories;

    /**
     * @param prefix     starts every aggregate id, so that two streams never share one (letters, digits, hyphens)
     * @param withActors whether the stream opens by registering {@link #ACTORS} (a fresh store needs them)
     */
    Developments(long seed, String prefix, boolean withActors) {
        this.random = new Random(seed);
        this.prefix = prefix;
        this.withActors = withActors;
        if (withActors) {
            Deque<Step> registrations = new ArrayDeque<>();
            for (String code : ACTORS) {
                ObjectNode body = object();
                body.put("code", code);
                body.put("name", "Actor " + code);
                body.put("kind", "STATE");
                registrations.add(new Step("RegisterActor", code, true, "/api/actors", body));
            }
            open.add(registrations);
        }
    }

    /** The next step of the stream. */
    Step next() {
        if (withActors && stories == 0 && !open.isEmpty()) {
            return poll(0);   // the actors first, in order
        }
        while (open.size() < OPEN_STORIES) {
            open.add(story());
        }
        return poll(random.nextInt(open.size()));
    }

    /** Ids of the measures the stream has announced or threatened so far, in order: the aggregates a read asks for. */
    List<String> measureIds() {
        return measureIds;
    }

    private Step poll(int index) {
        Deque<Step> story = open.get(index);
        Step step = story.poll();
        if (story.isEmpty()) {
            open.remove(index);
        }
        if (step.creating() && step.path().startsWith("/api/measures")) {
            // Known from here on, when its first event is in the stream: a protest may name it, a read may ask for it.
            measureIds.add(step.aggregateId());
            measures.add(new Measure(step.aggregateId(), step.fields().get("actor").asText()));
        }
        return step;
    }

    private Deque<Step> story() {
        stories++;
        int roll = random.nextInt(100);
        Deque<Step> steps = new ArrayDeque<>();
        LocalDate start = FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay() - 60)));
        if (roll < 30) {
            measure(steps, start);
        } else if (roll < 50) {
            statement(steps, start);
        } else if (roll < 70) {
            protest(steps, start);
        } else if (roll < 80) {
            call(steps, start);
        } else if (roll < 92) {
            meeting(steps, start);
        } else {
            incident(steps, start);
        }
        return steps;
    }

    private void measure(Deque<Step> steps, LocalDate date) {
        String id = id("m");
        String actor = actor();
        ObjectNode terms = created(id, actor, date, actor + " restricts trade in " + item());
        ArrayNode targets = terms.putArray("targets");
        targets.add(other(actor));
        if (random.nextInt(4) == 0) {
            String second = other(actor);
            if (!second.equals(targets.get(0).asText())) {
                targets.add(second);
            }
        }
        terms.put("kind", MEASURE_KINDS[random.nextInt(MEASURE_KINDS.length)]);
        terms.putArray("items").add(item());
        String base = "/api/measures/" + id;
        if (random.nextInt(100) < 15) {
            steps.add(new Step("ThreatenMeasure", id, true, "/api/measures/threats", terms));
            date = later(date, 5, 120);
            if (random.nextInt(100) >= 60 || date == null) {
                return;   // a threat never carried out
            }
            steps.add(new Step("AnnounceMeasure", id, false, base + "/announce",
                    development(date, actor + " carries out its threat")));
        } else {
            steps.add(new Step("AnnounceMeasure", id, true, "/api/measures", terms));
        }
        boolean suspended = false;
        if (random.nextInt(100) < 30 && (date = later(date, 10, 300)) != null) {
            ObjectNode tighten = development(date, actor + " widens the measure to " + item());
            tighten.putArray("items").add(item());
            steps.add(new Step("TightenMeasure", id, false, base + "/tighten", tighten));
        }
        if (date != null && random.nextInt(100) < 40 && (date = later(date, 10, 400)) != null) {
            suspended = random.nextInt(5) == 0;
            ObjectNode ease = development(date, actor + (suspended ? " suspends" : " eases") + " the measure");
            ease.put("suspend", suspended);
            steps.add(new Step("EaseMeasure", id, false, base + "/ease", ease));
        }
        if (date != null && random.nextInt(100) < 80 && (date = later(date, 30, 1500)) != null) {
            steps.add(new Step("LiftMeasure", id, false, base + "/lift", development(date, actor + " lifts the measure")));
        }
    }

    private void statement(Deque<Step> steps, LocalDate date) {
        String id = id("s");
        String actor = actor();
        String about = other(actor);
        ObjectNode body = created(id, actor, date, "A spokesperson of " + actor + " comments on " + about);
        body.put("speaker", "Foreign ministry spokesperson");
        body.putArray("about").add(about);
        body.put("tone", TONES[random.nextInt(TONES.length)]);
        body.put("topic", item());
        steps.add(new Step("MakeStatement", id, true, "/api/statements", body));
        String base = "/api/statements/" + id;
        int roll = random.nextInt(100);
        if (roll < 35 && (date = later(date, 1, 30)) != null) {
            ObjectNode demand = development(date, about + " demands that " + actor + " retract the statement");
            demand.put("by", about);
            steps.add(new Step("DemandRetraction", id, false, base + "/retraction-demands", demand));
            int answer = random.nextInt(100);
            if (answer < 50 && (date = later(date, 1, 20)) != null) {
                steps.add(new Step("RefuseRetraction", id, false, base + "/refusals",
                        development(date, actor + " refuses to retract")));
            } else if (answer < 80 && (date = later(date, 1, 60)) != null) {
                steps.add(new Step("RetractStatement", id, false, base + "/retraction",
                        development(date, actor + " retracts the statement")));
            }
        } else if (roll < 40 && (date = later(date, 1, 90)) != null) {
            steps.add(new Step("RetractStatement", id, false, base + "/retraction",
                    development(date, actor + " withdraws the statement")));
        }
    }

    private void protest(Deque<Step> steps, LocalDate date) {
        String id = id("p");
        String actor = actor();
        String against = other(actor);
        ObjectNode body = development(date, actor + " lodges a protest with " + against);
        if (!measures.isEmpty() && random.nextInt(100) < 20) {
            // Only a measure this stream has already announced exists by the time the protest is written.
            Measure subject = measures.get(random.nextInt(measures.size()));
            against = subject.actor();
            actor = other(against);
            body = development(date, actor + " protests against a measure of " + against);
            body.putObject("about").put("measure", subject.id());
        }
        body.put("id", id);
        body.put("actor", actor);
        body.put("against", against);
        body.put("forum", FORUMS[random.nextInt(FORUMS.length)]);
        steps.add(new Step("LodgeProtest", id, true, "/api/protests", body));
        if (random.nextInt(100) < 60 && (date = later(date, 1, 45)) != null) {
            ObjectNode response = development(date, against + " answers the protest");
            response.put("by", against);
            response.put("response", random.nextBoolean() ? "REJECTED" : "ACKNOWLEDGED");
            steps.add(new Step("RespondToProtest", id, false, "/api/protests/" + id + "/responses", response));
        }
    }

    private void call(Deque<Step> steps, LocalDate date) {
        String id = id("c");
        String actor = actor();
        String other = other(actor);
        ObjectNode body = development(date, "Leaders of " + actor + " and " + other + " speak by phone");
        body.put("id", id);
        body.putArray("participants").add(actor).add(other);
        steps.add(new Step("HoldCall", id, true, "/api/calls", body));
    }

    private void meeting(Deque<Step> steps, LocalDate date) {
        String id = id("g");
        String actor = actor();
        String other = other(actor);
        ObjectNode body = development(date, "Officials of " + actor + " and " + other + " meet");
        body.put("id", id);
        body.put("kind", MEETING_KINDS[random.nextInt(MEETING_KINDS.length)]);
        body.putArray("participants").add(actor).add(other);
        body.put("host", actor);
        if (random.nextBoolean()) {
            body.put("held", true);
            body.put("outcome", random.nextInt(3) == 0 ? "AGREEMENT" : "NONE");
            steps.add(new Step("HoldMeeting", id, true, "/api/meetings", body));
            return;
        }
        LocalDate held = later(date, 10, 200);
        if (held != null) {
            body.put("plannedFor", held.toString().substring(0, 7));
        }
        steps.add(new Step("ScheduleMeeting", id, true, "/api/meetings", body));
        int roll = random.nextInt(100);
        if (held != null && roll < 70) {
            ObjectNode step = development(held, "The meeting of " + actor + " and " + other + " takes place");
            step.put("outcome", random.nextInt(3) == 0 ? "AGREEMENT" : "NONE");
            steps.add(new Step("HoldMeeting", id, false, "/api/meetings/" + id + "/held", step));
        } else if (held != null && roll < 90) {
            steps.add(new Step("CancelMeeting", id, false, "/api/meetings/" + id + "/cancel",
                    development(held, "The meeting of " + actor + " and " + other + " is called off")));
        }
    }

    private void incident(Deque<Step> steps, LocalDate date) {
        String id = id("i");
        String actor = actor();
        String target = other(actor);
        ObjectNode body = created(id, actor, date, "An incident between " + actor + " and " + target);
        body.putArray("targets").add(target);
        body.put("cameo", INCIDENT_CODES[random.nextInt(INCIDENT_CODES.length)]);
        steps.add(new Step("RecordIncident", id, true, "/api/incidents", body));
    }

    /** The fields of a development that creates aggregate {@code id} of {@code actor}. */
    private ObjectNode created(String id, String actor, LocalDate date, String headline) {
        ObjectNode body = development(date, headline);
        body.put("id", id);
        body.put("actor", actor);
        return body;
    }

    /** The fields every development has; summaries and sources about as long as the bundled data set's. */
    private ObjectNode development(LocalDate date, String headline) {
        ObjectNode body = object();
        body.put("date", date.toString());
        body.put("datePrecision", random.nextInt(10) == 0 ? "MONTH" : "DAY");
        body.put("summary", headline + ", according to officials quoted by " + publication()
                + "; the development is synthetic, written by the benchmark (story " + stories + ").");
        ArrayNode sources = body.putArray("sources");
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            ObjectNode source = sources.addObject();
            source.put("publication", publication());
            source.put("url", "https://news.example/" + date.getYear() + "/" + date.getMonthValue() + "/"
                    + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            source.put("publishedOn", date.plusDays(random.nextInt(3)).toString());
        }
        return body;
    }

    /** A date after {@code date} by min..max days, or null when that passes {@link #LAST}: the story ends there. */
    private LocalDate later(LocalDate date, int min, int max) {
        if (date == null) {
            return null;
        }
        LocalDate later = date.plusDays(min + random.nextInt(max - min + 1));
        return later.isAfter(LAST) ? null : later;
    }

    private String id(String kind) {
        return prefix + "-" + kind + "-" + stories;
    }

    private String actor() {
        return ACTORS.get(random.nextInt(ACTORS.size()));
    }

    private String other(String actor) {
        String other = actor();
        while (other.equals(actor)) {
            other = actor();
        }
        return other;
    }

    private String item() {
        return ITEMS[random.nextInt(ITEMS.length)];
    }

    private String publication() {
        return PUBLICATIONS[random.nextInt(PUBLICATIONS.length)];
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    private record Measure(String id, String actor) {
    }
}
