package org.escalationtimeline.app.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * The security headers of every answer: no sniffing of content types, no framing, no referrer,
 * HSTS over HTTPS, the old XSS filter off. Spring Security's own writers, kept in one list so that
 * the answers written before its filters run (a refused path, a request the container refuses)
 * carry them too. Spring Security's default Cache-Control is left out: every read answers the same
 * public record to everyone, and a client may keep it.
 * <p>
 * The content security policy lets a page run only scripts and styles served by the service itself
 * (the web page has no inline script, and its chart library is a WebJar), so a text from the store
 * that slipped into markup could still run nothing. {@code data:} images are the chart's PNG export.
 * Swagger UI alone gets inline styles too: its bundle writes some.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY + "; style-src 'self' 'unsafe-inline'";

    private static final RequestMatcher SWAGGER_UI = request -> request.getRequestURI() != null
            && request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");

    static final List<HeaderWriter> WRITERS = List.of(
            new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                    new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)),
            new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)),
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
