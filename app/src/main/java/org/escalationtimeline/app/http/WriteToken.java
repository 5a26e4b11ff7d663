package org.escalationtimeline.app.http;

import org.escalationtimeline.app.TimelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The bearer token writes need. Configured ({@code timeline.api-token}), or made on first start and
 * written to {@code <data-dir>/api-token}, readable by the owner only. The log says where the file
 * is, never what it holds: logs are read by more people, and kept longer, than the file.
 */
@Component
public class WriteToken {

    private static final Logger LOG = LoggerFactory.getLogger(WriteToken.class);
    static final String FILE_NAME = "api-token";
    /** RFC 6750's b64token: what an {@code Authorization: Bearer} header can carry, and so all that can ever match. */
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final byte[] token;

    WriteToken(TimelineProperties properties) {
        String configured = properties.apiToken();
        Path file = properties.dataDir().resolve(FILE_NAME).toAbsolutePath();
        boolean isConfigured = configured != null && !configured.isBlank();
        String value = isConfigured ? configured.strip() : fromFile(file);
        if (!BEARER_TOKEN.matcher(value).matches()) {
            throw new IllegalStateException((isConfigured ? "timeline.api-token" : "the token in " + file)
                    + " is not a bearer token: use letters, digits and -._~+/ (then any '='), as RFC 6750 says");
        }
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time, so the answer's timing says nothing of the token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                LOG.info("Writes need the token in {}", file);
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.writeString(file, made + "\n", StandardCharsets.US_ASCII);
            LOG.info("Made the write token and wrote it to {}, readable by its owner only; "
                    + "writes send it as 'Authorization: Bearer <the file's content>'", file);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the API token at " + file, e);
        }
    }
}
