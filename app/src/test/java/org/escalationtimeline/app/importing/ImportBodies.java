package org.escalationtimeline.app.importing;

import java.util.UUID;

/** Lines of an import body as the bounds tests build them: actors of their own, padded to a size. */
final class ImportBodies {

    private ImportBodies() {
    }

    /** An actor code no other test registers: X and 8 capitals or digits. */
    static String code() {
        return "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static String actor(String code) {
        return "{\"command\":\"RegisterActor\",\"code\":\"" + code + "\",\"name\":\"State " + code
               + "\",\"kind\":\"STATE\"}";
    }

    /**
     * The line made {@code bytes} long with spaces after its opening brace: JSON whitespace, so it is
     * the same command under the same idempotency key as the line unpadded.
     */
    static String padded(String line, int bytes) {
        return "{" + " ".repeat(bytes - line.length()) + line.substring(1);
    }
}
