package org.escalationtimeline.app.http;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The side of the API a request belongs to, as {@code timeline.roles} names them: the command side takes every write
 * under {@code /api} and the import; the query side answers every read under {@code /api} (the event list, the
 * timeline, the stances, one record's state, the stream, the exports) and the administration of the read model
 * ({@code /api/admin}: replay, dead letters), whatever its method. The page, the API documents and the actuator
 * belong to neither: every node serves them.
 * <p>
 * Paths are matched decoded, behind Spring Security's firewall, as {@link SecurityConfiguration}'s rules are.
 */
enum Side {

    COMMAND("command", "writes and the import"),
    QUERY("query", "reads, the event stream, the exports and /api/admin");

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher API = PATHS.matcher("/api/**");
    private static final RequestMatcher QUERIES = new OrRequestMatcher(PATHS.matcher("/api/admin/**"),
            PATHS.matcher(HttpMethod.GET, "/api/**"), PATHS.matcher(HttpMethod.HEAD, "/api/**"),
            PATHS.matcher(HttpMethod.OPTIONS, "/api/**"));

    private final String role;
    private final String serves;

    Side(String role, String serves) {
        this.role = role;
        this.serves = serves;
    }

    /** The side {@code request} belongs to, or null when it belongs to neither. */
    static Side of(HttpServletRequest request) {
        if (!API.matches(request)) {
            return null;
        }
        return QUERIES.matches(request) ? QUERY : COMMAND;
    }

    /** The name {@code timeline.roles} gives this side. */
    String role() {
        return role;
    }

    /** What this side serves, as a client would look for it. */
    String serves() {
        return serves;
    }
}
