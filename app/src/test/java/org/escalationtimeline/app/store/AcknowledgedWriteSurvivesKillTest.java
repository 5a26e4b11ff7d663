package org.escalationtimeline.app.store;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit to the embedded store that has returned survives {@code kill -9} of the JVM right after, and positions
 * carry on upwards after it: the store's URL makes H2 write each commit before it returns (see
 * {@link EmbeddedStoreConfiguration#jdbcUrl}).
 */
class AcknowledgedWriteSurvivesKillTest {

    private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 200;

    @Test
    void everyAcknowledgedCommitIsInTheStoreAfterKill9() throws Exception {
        Path dataDir = Files.createTempDirectory("kill").resolve("data");
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();

        long lastAcknowledged = 0;
        try (var acknowledgements = new BufferedReader(new InputStreamReader(writer.getInputStream(), UTF_8))) {
            while (lastAcknowledged < ACKNOWLEDGEMENTS_BEFORE_KILL) {
                String line = acknowledgements.readLine();
                assertThat(line).as("the writer's output").startsWith("acknowledged ");
                lastAcknowledged = Long.parseLong(line.substring("acknowledged ".length()));
            }
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor()).isEqualTo(137);

        try (Connection store = DriverManager.getConnection(EmbeddedStoreConfiguration.jdbcUrl(dataDir), "sa", "");
             Statement statement = store.createStatement()) {
            assertThat(single(statement, "SELECT COUNT(*) FROM acknowledged_write WHERE n <= " + lastAcknowledged))
                    .isEqualTo(lastAcknowledged);
            long highestPosition = single(statement, "SELECT MAX(position) FROM acknowledged_write");
            statement.executeUpdate("INSERT INTO acknowledged_write (n) VALUES (0)");
            assertThat(single(statement, "SELECT position FROM acknowledged_write WHERE n = 0"))
                    .isGreaterThan(highestPosition);
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
