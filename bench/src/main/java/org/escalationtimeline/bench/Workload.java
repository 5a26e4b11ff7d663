package org.escalationtimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the benchmark does to one service over HTTP, and what it remembers of the store it fills: how many events it
 * holds, the last position, when the first was recorded, and the measures a read may ask for.
 */
final class Workload {

    static final List<String> READS = List.of("stances", "timeline", "event page", "one measure");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IMPORT_CHUNK = 5_000;
    private static final int SHOWN_FAILURES = 5;

    private final long seed;
    private final Developments fill;
    private final Random random;
    private final Consumer<String> log;
    private final List<MeasureRead> measures = new ArrayList<>();
    private long events;
    private long lastPosition;
    private Instant firstRecorded;
    private int appendPhases;

    Workload(long seed, Consumer<String> log) {
        this.seed = seed;
        this.fill = new Developments(seed, "f", true);
        this.random = new Random(seed + 1);
        this.log = log;
    }

    long events() {
        return events;
    }

    record ImportFigures(long lines, double seconds, long failed, double catchUpSeconds) {
        double linesPerSecond() {
            return lines / seconds;
        }
    }

    record AppendFigures(long commands, long lifecycle, double seconds, Latencies latencies) {
        double perSecond() {
            return commands / seconds;
        }
    }

    record RebuildFigures(long events, double seconds, Map<String, Latencies> readsDuring) {
        double perSecond() {
            return events / seconds;
        }
    }

    /**
     * Imports synthetic developments until the store holds {@code size} events, in bodies of 5,000 lines (one body
     * must stay under the service's import bound), one after the other as one client would send a large file; then
     * waits until the read side shows the last of them.
     */
    ImportFigures fillTo(Api api, long size) {
        long lines = 0;
        AtomicLong failed = new AtomicLong();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        while (events < size) {
            long before = events;
            int count = (int) Math.min(IMPORT_CHUNK, size - events);
            List<Step> steps = new ArrayList<>(count);
            ByteArrayOutputStream body = new ByteArrayOutputStream(count * 800);
            for (int i = 0; i < count; i++) {
                Step step = fill.next();
                steps.add(step);
                try {
                    body.write(JSON.writeValueAsBytes(step.importLine()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                body.write('\n');
            }
            int status = api.importLines(body.toByteArray(), line -> {
                JsonNode answer = read(line);
                if (answer.has("summary")) {
                    return;
                }
                Step step = steps.get(answer.path("line").asInt() - 1);
                if (answer.path("status").asInt() >= 300) {
                    failed.incrementAndGet();
                    if (failures.size() < SHOWN_FAILURES) {
                        failures.add(step.importLine() + " -> " + line);
                    }
                    return;
                }
                Instant recorded = appended(answer.path("events"));
                if (step.creating() && step.path().startsWith("/api/measures")) {
                    measures.add(new MeasureRead(step.aggregateId(), LocalDate.parse(step.fields().path("date")
                            .asText()), recorded));
                }
            });
            if (status != 200) {
                throw new IllegalStateException("import answered " + status);
            }
            lines += count;
            if (events == before) {
                failures.forEach(failure -> log.accept("import failure: " + failure));
                throw new IllegalStateException("an import of " + count + " lines appended nothing");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        failures.forEach(failure -> log.accept("import failure: " + failure));
        if (failed.get() > 0 && events < size) {
            throw new IllegalStateException(failed + " import lines failed; the store cannot reach " + size);
        }
        return new ImportFigures(lines, seconds, failed.get(), awaitCaughtUp(api));
    }

    /** Seconds until the event list shows the last event appended (it shows nothing the projection has not done). */
    double awaitCaughtUp(Api api) {
        long started = System.nanoTime();
        String path = "/api/events?limit=1&after=" + (lastPosition - 1);
        Awaitility.await("the read side at position " + lastPosition).atMost(Duration.ofHours(2))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Api.Response page = api.get(path);
                    return page.status() == 200 && read(page.body()).path("items").size() > 0;
                });
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * {@code samples} of each read, in random order, at random asOf and knownAt, after a few unmeasured ones; fewer
     * when they take longer than {@code seconds} in all (the order is shuffled, so each kind keeps its share).
     */
    Map<String, Latencies> reads(Api api, int samples, double seconds) {
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        READS.forEach(kind -> latencies.put(kind, new Latencies()));
        List<String> order = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            order.addAll(READS);
        }
        java.util.Collections.shuffle(order, random);
        for (int i = 0; i < 5; i++) {
            READS.forEach(kind -> api.get(readPath(kind)));
        }
        long ends = System.nanoTime() + (long) (seconds * 1e9);
        for (String kind : order) {
            if (System.nanoTime() > ends) {
                break;
            }
            readOnce(api, kind, latencies.get(kind));
        }
        return latencies;
    }

    /**
     * {@code clients} threads, each with its own connections, each sending its own stream of developments for
     * {@code seconds}: creates and the lifecycle steps of what it created (tighten, ease, lift, retraction demands,
     * answers to protests, a scheduled meeting held), every one answered only once it is committed.
     */
    AppendFigures appends(Service service, int clients, double seconds) throws Exception {
        int phase = ++appendPhases;
        Latencies latencies = new Latencies();
        AtomicLong lifecycle = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        long ends = started + (long) (seconds * 1e9);
        for (int c = 0; c < clients; c++) {
            Developments stream = new Developments(seed * 1_000 + phase * 10L + c, "a" + phase + "c" + c, false);
            Api api = service.newClient();
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < ends) {
                    Step step = stream.next();
                    Api.Response response = api.post(step.path(), write(step.fields()));
                    latencies.record(response.nanos());
                    if (!response.ok()) {
                        latencies.fail();
                        if (failures.size() < SHOWN_FAILURES) {
                            failures.add(step.path() + " " + step.fields() + " -> " + response.status() + " "
                                         + response.body());
                        }
                        continue;
                    }
                    if (!step.creating()) {
                        lifecycle.incrementAndGet();
                    }
                    synchronized (this) {
                        appended(read(response.body()).path("events"));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        failures.forEach(failure -> log.accept("append failure: " + failure));
        return new AppendFigures(latencies.count() - latencies.failed(), lifecycle.get(), elapsed, latencies);
    }

    /**
     * Rebuilds the read side (POST /api/admin/replay) and times it by the service's own start and finish instants,
     * while one client keeps reading, to show that reads answer throughout.
     */
    RebuildFigures rebuild(Service service) throws Exception {
        Api api = service.api();
        Api reader = service.newClient();
        Map<String, Latencies> during = new LinkedHashMap<>();
        READS.forEach(kind -> during.put(kind, new Latencies()));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Random readerRandom = new Random(seed + 2);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> reads = pool.submit(() -> {
            while (rebuilding.get()) {
                String kind = READS.get(readerRandom.nextInt(READS.size()));
                readOnce(reader, kind, during.get(kind));
            }
            return null;
        });
        Api.Response start = api.post("/api/admin/replay", new byte[0]);
        if (start.status() != 202) {
            rebuilding.set(false);
            throw new IllegalStateException("replay answered " + start.status() + " " + start.body());
        }
        Instant startedAt = Instant.parse(read(start.body()).path("startedAt").asText());
        JsonNode[] last = new JsonNode[1];
        try {
            Awaitility.await("the rebuild started at " + startedAt).atMost(Duration.ofHours(3))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        last[0] = read(api.getWithToken("/api/admin/replay").body());
                        return "IDLE".equals(last[0].path("status").asText())
                               && !last[0].path("finishedAt").isNull();
                    });
        } finally {
            rebuilding.set(false);
            reads.get();
            pool.shutdown();
        }
        Instant finishedAt = Instant.parse(last[0].path("finishedAt").asText());
        long total = last[0].path("eventsTotal").asLong(events);
        return new RebuildFigures(total, Duration.between(startedAt, finishedAt).toNanos() / 1e9, during);
    }

    private void readOnce(Api api, String kind, Latencies latencies) {
        Api.Response response = api.get(readPath(kind));
        latencies.record(response.nanos());
        if (response.status() != 200) {
            latencies.fail();
        }
    }

    private String readPath(String kind) {
        Instant now = Instant.now();
        return switch (kind) {
            case "stances" -> "/api/stances?asOf=" + anyDate() + "&knownAt=" + knownAt(firstRecorded, now);
            case "timeline" -> {
                String first = Developments.ACTORS.get(random.nextInt(Developments.ACTORS.size()));
                String second = first;
                while (second.equals(first)) {
                    second = Developments.ACTORS.get(random.nextInt(Developments.ACTORS.size()));
                }
                yield "/api/timeline?pair=" + first + "-" + second + "&asOf=" + anyDate() + "&knownAt="
                      + knownAt(firstRecorded, now);
            }
            case "event page" -> "/api/events?limit=100&after=" + (long) (random.nextDouble() * lastPosition)
                                 + "&asOf=" + anyDate() + "&knownAt=" + knownAt(firstRecorded, now);
            case "one measure" -> {
                // asOf and knownAt both after the measure began: its state then, not a 404.
                MeasureRead measure = measures.get(random.nextInt(measures.size()));
                long days = Developments.LAST.toEpochDay() - measure.date().toEpochDay();
                yield "/api/measures/" + measure.id() + "?asOf=" + measure.date().plusDays((long) (random.nextDouble()
                        * (days + 1))) + "&knownAt=" + knownAt(measure.recorded(), now);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private LocalDate anyDate() {
        long days = Developments.LAST.toEpochDay() - Developments.FIRST.toEpochDay();
        return Developments.FIRST.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private String knownAt(Instant from, Instant to) {
        long span = Math.max(0, to.toEpochMilli() - from.toEpochMilli());
        return Instant.ofEpochMilli(from.toEpochMilli() + (long) (random.nextDouble() * (span + 1))).toString();
    }

    /** Counts the events of one write's receipt; returns when the first of them was recorded. */
    private Instant appended(JsonNode appendedEvents) {
        Instant recorded = null;
        for (JsonNode event : appendedEvents) {
            events++;
            lastPosition = Math.max(lastPosition, event.path("position").asLong());
            Instant at = Instant.parse(event.path("recordedAt").asText());
            recorded = recorded == null ? at : recorded;
            if (firstRecorded == null || at.isBefore(firstRecorded)) {
                firstRecorded = at;
            }
        }
        return recorded;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record MeasureRead(String id, LocalDate date, Instant recorded) {
    }
}
