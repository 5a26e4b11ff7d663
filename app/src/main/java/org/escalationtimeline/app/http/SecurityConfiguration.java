package org.escalationtimeline.app.http;

import jakarta.servlet.DispatcherType;
import org.escalationtimeline.app.TimelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Map;

/**
 * Who may do what (DESIGN §7): reads are open; every other method, and the administration of the
 * read model whatever its method, needs {@code Authorization: Bearer <token>}.
 * <p>
 * Spring Security's firewall refuses every path that is not in its plain form ({@code ;} parameters,
 * an encoded {@code .}, {@code /} or {@code %}, {@code //}, {@code /./}, {@code /../}) before any
 * rule is read; the rules match the decoded path, as Spring MVC does, so {@code /%61pi/admin} is
 * {@code /api/admin}. A path the API does not know under any spelling needs the token all the same
 * for anything but a read. No session, no cookie, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String REALM = "escalation-timeline";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** The administration of the read model, whatever the method, and anything but a read anywhere. */
    static final RequestMatcher NEEDS_THE_TOKEN = new OrRequestMatcher(PATHS.matcher("/api/admin/**"),
            new NegatedRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.GET, "/**"),
                    PATHS.matcher(HttpMethod.HEAD, "/**"), PATHS.matcher(HttpMethod.OPTIONS, "/**"))));

    @Bean
    SecurityFilterChain writesNeedTheToken(HttpSecurity http, OpaqueTokenIntrospector writeToken,
                                           ProblemWriter problems, TimelineProperties timeline,
                                           RequestLimits limits) throws Exception {
        AuthenticationEntryPoint tokenRequired = tokenRequired(problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> {
                    headers.defaultsDisabled();
                    SecurityHeaders.WRITERS.forEach(headers::addHeaderWriter);
                })
                // After the firewall and the headers, before the token is even read: the side this node does not
                // serve, then a body over its bound.
                .addFilterAfter(new SideFilter(timeline.roles(), problems), HeaderWriterFilter.class)
                .addFilterAfter(new BodyLimitFilter(problems, PATHS.matcher("/api/import")), SideFilter.class)
                // Once the token is checked: only requests let in take a turn.
                .addFilterAfter(new RequestLimitFilter(limits, PATHS.matcher("/api/stream"), problems),
                        AuthorizationFilter.class)
                .oauth2ResourceServer(bearer -> bearer
                        .bearerTokenResolver(readOnlyWhereNeeded())
                        .authenticationEntryPoint(tokenRequired)
                        .opaqueToken(opaque -> opaque.introspector(writeToken)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(tokenRequired))
                .authorizeHttpRequests(requests -> requests
                        // An async dispatch goes on with a request already let through; an error
                        // dispatch renders the problem of one.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(NEEDS_THE_TOKEN).authenticated()
                        .anyRequest().permitAll());
        return http.build();
    }

    /**
     * The token is read only where it is needed: a read is open to everyone, so a stale token sent
     * along with one is no reason to refuse it.
     */
    private static BearerTokenResolver readOnlyWhereNeeded() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> NEEDS_THE_TOKEN.matches(request) ? header.resolve(request) : null;
    }

    /** The one token there is: presented, compared in constant time, and it names no one. */
    @Bean
    OpaqueTokenIntrospector writeTokenIntrospector(WriteToken token) {
        OAuth2AuthenticatedPrincipal writer = new DefaultOAuth2AuthenticatedPrincipal("writer",
                Map.of("sub", "writer"), AuthorityUtils.createAuthorityList("WRITE"));
        return presented -> {
            if (!token.matches(presented)) {
                throw new BadOpaqueTokenException("the bearer token is not valid");
            }
            return writer;
        };
    }

    /** A path the firewall refuses: a 400 problem, not a 500 or the container's page. */
    @Bean
    RequestRejectedHandler pathNotInItsPlainForm(ProblemWriter problems) {
        return (request, response, rejected) -> {
            SecurityHeaders.write(request, response);
            problems.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "request-rejected",
                    rejected.getMessage() + "; spell the path as the API documents it"));
        };
    }

    /** 401 with the RFC 6750 challenge ({@code WWW-Authenticate: Bearer realm=...}) and a problem body. */
    private static AuthenticationEntryPoint tokenRequired(ProblemWriter problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        return (request, response, failure) -> {
            challenge.commence(request, response, failure);
            problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    failure instanceof OAuth2AuthenticationException ? "the bearer token is not valid"
                            : "writes, and /api/admin, need 'Authorization: Bearer <token>'"));
        };
    }
}
