package org.escalationtimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real service jar in a JVM of its own, on the store it is given, with a fresh write token. Measures its start-up
 * (process start to {@code /actuator/health} UP) and samples its resident set from {@code /proc}.
 */
final class Service implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Api api;
    private final long startupNanos;
    private final AtomicLong maxRssKiB = new AtomicLong();
    private final Thread sampler;

    private Service(Process process, Api api, long startupNanos) {
        this.process = process;
        this.api = api;
        this.startupNanos = startupNanos;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static Service start(Path jar, Store store, List<String> jvmOptions, Path log) throws IOException {
        int port = freePort();
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-jar", jar.toString(), "--server.port=" + port, "--timeline.dataset.load=false"));
        command.addAll(store.serviceArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TIMELINE_API_TOKEN", token);
        builder.environment().putAll(store.serviceEnvironment());
        Files.writeString(log, "\n=== " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Api api = new Api(URI.create("http://127.0.0.1:" + port), token);
        long started = System.nanoTime();
        Process process = builder.start();
        // Stopped with the benchmark too, when that is stopped by a signal (bench/run.sh on Ctrl-C).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
        try {
            Awaitility.await("health UP of the service on port " + port).atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(50)).pollDelay(Duration.ZERO)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the service exited with " + process.exitValue()
                                                            + "; see " + log);
                        }
                        return up(api);
                    });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return new Service(process, api, System.nanoTime() - started);
    }

    Api api() {
        return api;
    }

    /** A client of its own, with its own connections. */
    Api newClient() {
        return api.copy();
    }

    double startupSeconds() {
        return startupNanos / 1e9;
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS of the service's process now, in KiB. */
    long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;   // the process is gone
        }
    }

    /** The largest VmRSS seen since the last call, sampled every 200 ms, and starts over. */
    long takeMaxRssKiB() {
        return maxRssKiB.getAndSet(rssKiB());
    }

    @Override
    public void close() {
        sampler.interrupt();
        stop(process);
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();   // SIGTERM: Spring closes the pool and the store
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            long rss = rssKiB();
            maxRssKiB.accumulateAndGet(rss, Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean up(Api api) {
        Api.Response health = api.get("/actuator/health");
        if (health.status() != 200) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(health.body());
            return "UP".equals(body.path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
