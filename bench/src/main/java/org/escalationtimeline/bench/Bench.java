package org.escalationtimeline.bench;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark of issue 7: for each store and each size, fills the service's store through its import endpoint,
 * then measures reads, HTTP appends with 8 clients, a rebuild, RSS and start-up, and beside them a raw-JDBC probe of
 * the same database. Run through {@code bench/run.sh}, which builds the jars and starts a durable PostgreSQL; see
 * BENCHMARKS.md.
 */
public final class Bench {

    private static final String USAGE = """
            java -jar bench/target/timeline-bench.jar --app-jar JAR --work DIR --out DIR [options]
              --stores h2,postgres      which stores (default h2,postgres)
              --sizes 10000,100000      events in the store at each step, rising (default 10000)
              --pg-url URL --pg-user U --pg-password P
                                        a PostgreSQL server with fsync and synchronous_commit on, whose user may
                                        create databases (needed for postgres)
              --seed N                  the synthetic data (default 2026)
              --clients N               HTTP append clients and probe connections (default 8)
              --append-seconds S        window of the HTTP appends (default 20)
              --probe-seconds S         window of the raw load-then-append (default 10)
              --read-samples N          measured reads of each kind (default 200)
              --read-seconds S          at most this long for all of them (default 180)
              --service-jvm-options "..."  options for the service's JVM (default none: as `java -jar` runs it)
              --note TEXT               a line for the results' header (bench/run.sh passes the disk's fsync rate)
              --keep-data               keep the PostgreSQL databases
            """;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path appJar = Path.of(require(options, "app-jar"));
        Path work = Path.of(require(options, "work"));
        Path out = Path.of(require(options, "out"));
        List<String> stores = Arrays.asList(options.getOrDefault("stores", "h2,postgres").split(","));
        long[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000").split(",")).mapToLong(Long::parseLong)
                .sorted().toArray();
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        double appendSeconds = Double.parseDouble(options.getOrDefault("append-seconds", "20"));
        double probeSeconds = Double.parseDouble(options.getOrDefault("probe-seconds", "10"));
        int samples = Integer.parseInt(options.getOrDefault("read-samples", "200"));
        double readSeconds = Double.parseDouble(options.getOrDefault("read-seconds", "180"));
        List<String> jvmOptions = options.getOrDefault("service-jvm-options", "").isBlank() ? List.of()
                : Arrays.asList(options.get("service-jvm-options").trim().split("\\s+"));
        Files.createDirectories(out);
        Files.createDirectories(work);
        Path results = out.resolve("results.md");

        Files.writeString(results, header(options, work, sizes, stores, seed, clients, appendSeconds, probeSeconds,
                samples, readSeconds, jvmOptions));
        for (String name : stores) {
            try (Store store = store(name, options, work, seed)) {
                String head = String.format(Locale.ROOT, "## %s (%s; %s)%n%n", name, store.version(),
                        store.durability());
                emit(results, head);
                run(store, appJar, jvmOptions, out.resolve("service-" + name + ".log"), sizes, seed, clients,
                        appendSeconds, probeSeconds, samples, readSeconds, results);
            }
        }
        emit(results, "Finished " + Instant.now() + ".\n");
    }

    private static void run(Store store, Path appJar, List<String> jvmOptions, Path log, long[] sizes, long seed,
                            int clients, double appendSeconds, double probeSeconds, int samples, double readSeconds,
                            Path results)
            throws Exception {
        Workload workload = new Workload(seed, message -> System.err.println("[" + store.name() + "] " + message));
        Service service = Service.start(appJar, store, jvmOptions, log);
        progress(store, "service up on an empty store in %.1f s (pid %d)", service.startupSeconds(), service.pid());
        try {
            for (long size : sizes) {
                String loadBefore = loadAverage();
                service.takeMaxRssKiB();
                progress(store, "filling to %,d events", size);
                Workload.ImportFigures imports = workload.fillTo(service.api(), size);
                progress(store, "imported %,d lines at %,.0f/s; read side current %.1f s later", imports.lines(),
                        imports.linesPerSecond(), imports.catchUpSeconds());
                long eventsAtReads = workload.events();
                Map<String, Latencies> reads = workload.reads(service.api(), samples, readSeconds);
                reads.forEach((kind, latencies) -> progress(store, "%s: p50 %.1f ms, p99 %.1f ms over %d", kind,
                        latencies.p50(), latencies.p99(), latencies.count()));
                Workload.AppendFigures appends = workload.appends(service, clients, appendSeconds);
                progress(store, "appends: %,.0f commands/s, p99 %.1f ms", appends.perSecond(),
                        appends.latencies().p99());
                workload.awaitCaughtUp(service.api());
                Workload.RebuildFigures rebuild = workload.rebuild(service);
                progress(store, "rebuild: %,.0f events/s", rebuild.perSecond());
                long rss = service.rssKiB();
                long maxRss = Math.max(rss, service.takeMaxRssKiB());
                service.close();

                RawProbe.StoreShape shape;
                try (var product = store.product()) {
                    shape = RawProbe.shape(product);
                }
                progress(store, "raw probe over %,d rows", shape.events());
                RawProbe.Figures raw = new RawProbe(store).run(shape, clients, probeSeconds);

                service = Service.start(appJar, store, jvmOptions, log);
                double caughtUp = workload.awaitCaughtUp(service.api());
                long rssAfterStart = service.rssKiB();
                Report.SizeResult result = new Report.SizeResult(store.name(), size, eventsAtReads, imports, reads,
                        appends, rebuild, shape, raw, rss, maxRss, service.startupSeconds(), caughtUp, rssAfterStart,
                        loadBefore, loadAverage());
                emit(results, Report.table(result));
            }
        } finally {
            service.close();
        }
    }

    private static Store store(String name, Map<String, String> options, Path work, long seed) throws Exception {
        return switch (name) {
            case "h2" -> {
                Path dataDir = work.resolve("h2-" + System.currentTimeMillis());
                Files.createDirectories(dataDir);
                yield new Store.H2(dataDir);
            }
            case "postgres" -> new Store.Postgres(require(options, "pg-url"), options.getOrDefault("pg-user",
                    "postgres"), options.getOrDefault("pg-password", ""), "timeline_bench_" + seed + "_"
                    + System.currentTimeMillis() / 1000, options.containsKey("keep-data"));
            default -> throw new IllegalArgumentException("unknown store " + name + "; h2 or postgres");
        };
    }

    private static String header(Map<String, String> options, Path work, long[] sizes, List<String> stores, long seed,
                                 int clients, double appendSeconds, double probeSeconds, int samples,
                                 double readSeconds, List<String> jvmOptions) throws IOException {
        FileStore disk = Files.getFileStore(work);
        StringBuilder header = new StringBuilder("# Escalation Timeline benchmark, " + Instant.now() + "\n\n");
        header.append(String.format(Locale.ROOT, "- machine: %d cores (%s), %,d MiB memory; disk %s (%s, %,d GiB)%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memoryMiB(), disk.name(), disk.type(),
                disk.getTotalSpace() >> 30));
        header.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append("; service JVM options: ")
                .append(jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions)).append('\n');
        if (options.containsKey("note")) {
            header.append("- ").append(options.get("note")).append('\n');
        }
        header.append(String.format(Locale.ROOT, "- stores %s, sizes %s, seed %d; %d HTTP clients for %.0f s; "
                        + "%d reads of each kind (or %.0f s of them); raw load-then-append on %d connections for %.0f s%n%n",
                String.join(",", stores), Arrays.toString(sizes), seed, clients, appendSeconds, samples, readSeconds, clients,
                probeSeconds));
        return header.toString();
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static long memoryMiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(0L);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void emit(Path results, String text) throws IOException {
        System.out.print(text);
        System.out.flush();
        Files.writeString(results, text, StandardOpenOption.APPEND);
    }

    private static void progress(Store store, String format, Object... arguments) {
        System.err.printf(Locale.ROOT, "[%s %s] %s%n", Instant.now(), store.name(), String.format(Locale.ROOT,
                format, arguments));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.print(USAGE);
                System.exit(0);
            }
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i] + "\n" + USAGE);
            }
            String name = args[i].substring(2);
            if (name.equals("keep-data")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }
}
