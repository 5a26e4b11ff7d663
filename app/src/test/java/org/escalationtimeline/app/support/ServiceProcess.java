package org.escalationtimeline.app.support;

import org.escalationtimeline.app.TimelineApplication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real service, {@link TimelineApplication}, in a JVM of its own on a data directory of the test's choosing, to
 * be killed ({@code kill -9}), frozen ({@code kill -STOP}) or stopped, and started again on the same directory, as a
 * deployed service is.
 * <p>
 * It runs on the test's class path without the test classes (so no test configuration is scanned), on a free port,
 * without the bundled data set unless asked, and with no {@code SPRING_*} or {@code TIMELINE_*} variables from the
 * environment. Its output goes to {@link #log()}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final Map<String, String> properties;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(Path dataDir, Map<String, String> properties, int port, Path log, Process process) {
        this.dataDir = dataDir;
        this.properties = properties;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the service on {@code dataDir} and returns once its health is UP. */
    public static ServiceProcess start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * @param properties Spring properties given as {@code --key=value} arguments; they may override the defaults
     *                   ({@code timeline.dataset.load=false}), not the port or the data directory
     */
    public static ServiceProcess start(Path dataDir, Map<String, String> properties) {
        int port = freePort();
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("timeline.dataset.load", "false");
        arguments.putAll(properties);
        arguments.put("server.port", Integer.toString(port));
        arguments.put("timeline.data-dir", dataDir.toAbsolutePath().toString());

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up speed over peak speed: the service lives for one test.
                "-XX:TieredStopAtLevel=1",
                "-Xmx512m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Ddisable-axoniq-console-message=true",
                "-cp", serviceClassPath(),
                TimelineApplication.class.getName()));
        arguments.forEach((key, value) -> command.add("--" + key + "=" + value));

        try {
            Path log = Files.createTempFile("service-" + port + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("TIMELINE_"));
            ServiceProcess service = new ServiceProcess(dataDir, Map.copyOf(properties), port, log, builder.start());
            service.awaitHealthy();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the service", e);
        }
    }

    /** Starts the service again on the same data directory with the same properties, on a new port. */
    public ServiceProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("The service still runs (pid " + process.pid() + ")");
        }
        return start(dataDir, properties);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process id, which also starts the name Axon's token store gives the node's claims ({@code pid@host}). */
    public long pid() {
        return process.pid();
    }

    /** {@code kill -STOP}: the JVM hangs, its sockets and database sessions open, until {@link #resume()}. */
    public void freeze() {
        signal("STOP");
    }

    /** {@code kill -CONT}: a frozen JVM runs on from where it stopped. */
    public void resume() {
        signal("CONT");
    }

    /** {@code kill -9}: on Linux {@link Process#destroyForcibly()} sends SIGKILL. Returns the exit code, 137. */
    public int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** A graceful stop (SIGTERM), as a service manager does; Spring closes the context. Returns the exit code. */
    public int stop() {
        process.destroy();
        return awaitExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run kill -" + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " while starting:\n"
                                                + logTail());
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat has not opened the port yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        close();
        throw new IllegalStateException("The service was not healthy within " + START_TIMEOUT + ":\n" + logTail());
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The service did not exit within " + STOP_TIMEOUT + ":\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the service to exit", e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The test JVM's class path without the test classes themselves. */
    private static String serviceClassPath() {
        Path testClasses = codeLocation(ServiceProcess.class);
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeLocation(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
