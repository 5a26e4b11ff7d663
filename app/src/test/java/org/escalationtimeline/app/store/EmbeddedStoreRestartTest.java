package org.escalationtimeline.app.store;

import org.escalationtimeline.app.support.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service on its embedded H2 store comes back after {@code kill -9}: the dead JVM's file lock is gone. */
class EmbeddedStoreRestartTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serviceKilledWithSignal9StartsAgainOnItsDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory("restart").resolve("data");

        ServiceProcess killed = ServiceProcess.start(dataDir);
        try (killed) {
            assertThat(health(killed)).contains("\"status\":\"UP\"");
            assertThat(dataDir.resolve("timeline.mv.db")).isRegularFile();
            assertThatThrownBy(() -> DriverManager.getConnection(EmbeddedStoreConfiguration.jdbcUrl(dataDir), "sa", ""))
                    .hasMessageContaining("Database may be already in use");
            assertThat(killed.kill()).isEqualTo(137);
        }

        try (ServiceProcess restarted = killed.startAgain()) {
            assertThat(health(restarted)).contains("\"status\":\"UP\"");
            assertThat(restarted.stop()).isEqualTo(143);
        }
    }

    private String health(ServiceProcess service) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.uri("/actuator/health")).build(),
                                                  HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
