package org.escalationtimeline.app.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

import java.util.List;

/**
 * The security headers of every answer: no sniffing of content types, no framing, no referrer,
 * HSTS over HTTPS, the old XSS filter off. Spring Security's own writers, kept in one list so that
 * the answers written before its filters run (a refused path, a request the container refuses)
 * carry them too. Spring Security's default Cache-Control is left out: every read answers the same
 * public record to everyone, and a client may keep it.
 */
final class SecurityHeaders {

    static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER),
            new HstsHeaderWriter(),
            new XXssProtectionHeaderWriter());

    private SecurityHeaders() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
