package org.escalationtimeline.app.http;

import org.escalationtimeline.app.TimelineProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write token: made once, kept in its file for the owner only, never written to the log. */
@ExtendWith(OutputCaptureExtension.class)
class WriteTokenTest {

    private final Path dataDir = Path.of("target", "test-data", "write-token-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void aMadeTokenIsKeptInItsFileAndTheLogSaysWhereNotWhat(CapturedOutput output) throws IOException {
        WriteToken token = new WriteToken(properties(null));

        Path file = dataDir.resolve("api-token");
        String made = Files.readString(file, StandardCharsets.US_ASCII).strip();
        assertThat(made).hasSizeGreaterThanOrEqualTo(43);
        assertThat(token.matches(made)).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(made);
    }

    @Test
    void aTokenAlreadyInItsFileIsReadAndNotLogged(CapturedOutput output) throws IOException {
        Files.createDirectories(dataDir);
        Path file = Files.createFile(dataDir.resolve("api-token"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, "kept-from-an-earlier-start\n");

        WriteToken token = new WriteToken(properties(null));

        assertThat(token.matches("kept-from-an-earlier-start")).isTrue();
        assertThat(token.matches("kept-from-an-earlier-start-and-more")).isFalse();
        assertThat(output.getAll()).doesNotContain("kept-from-an-earlier-start");
    }

    @Test
    void aConfiguredTokenIsUsedAndNoFileIsMade(CapturedOutput output) {
        WriteToken token = new WriteToken(properties(" configured-token "));

        assertThat(token.matches("configured-token")).isTrue();
        assertThat(dataDir.resolve("api-token")).doesNotExist();
        assertThat(output.getAll()).doesNotContain("configured-token");
    }

    @Test
    void aConfiguredTokenNoBearerHeaderCanCarryStopsTheStart() {
        // RFC 6750: a bearer token is letters, digits and -._~+/ then any '='; anything else never reaches the check.
        assertThatThrownBy(() -> new WriteToken(properties("two words")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("timeline.api-token")
                .hasMessageNotContaining("two words");
    }

    private TimelineProperties properties(String apiToken) {
        return new TimelineProperties(dataDir, apiToken, new TimelineProperties.Dataset(false), Set.of("command", "query"),
                new TimelineProperties.Import(DataSize.ofMegabytes(64)), new TimelineProperties.Write(50));
    }
}
