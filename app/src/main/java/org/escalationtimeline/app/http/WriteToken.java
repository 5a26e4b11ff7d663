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

/**
 * The bearer token writes need. Configured ({@code timeline.api-token}), or made on first start,
 * written to {@code <data-dir>/api-token} readable by the owner only, and logged once.
 */
@Component
public class WriteToken {

    private static final Logger LOG = LoggerFactory.getLogger(WriteToken.class);
    static final String FILE_NAME = "api-token";

    private final byte[] token;

    WriteToken(TimelineProperties properties) {
        String configured = properties.apiToken();
        String value = configured != null && !configured.isBlank() ? configured.strip()
                : fromFile(properties.dataDir().resolve(FILE_NAME));
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time, so the answer's timing says nothing of the token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.writeString(file, made + "\n", StandardCharsets.US_ASCII);
            LOG.info("Made the write token; it is in {} (send it as 'Authorization: Bearer {}')", file, made);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the API token at " + file, e);
        }
    }
}
