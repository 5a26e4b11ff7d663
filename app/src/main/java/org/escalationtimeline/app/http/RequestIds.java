package org.escalationtimeline.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id: the client's {@code X-Request-Id} when it is a sane one (1 to 100 letters, digits and
 * {@code . _ : + = / -}, so that it cannot forge a log line), else a fresh UUID. It is echoed in the response's
 * {@code X-Request-Id}, put in the log's MDC as {@code requestId} (the log pattern prints it: application.yml), and
 * named in problem details. Spring has no such filter; its tracing would bring a tracer and trace ids instead.
 */
@Configuration(proxyBeanMethods = false)
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+=/-]{1,100}");
    private static final String ATTRIBUTE = RequestIds.class.getName();

    /** Before every other filter, Spring Security's too, so that a 401 carries the id as well. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Work a request hands to Spring's task executor (an import's streamed answer) logs under the request's id: the
     * MDC is per thread. Copying the map is all it takes; Micrometer's context-propagation would carry every
     * registered thread-local along.
     */
    @Bean
    TaskDecorator requestIdToTasks() {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> before = MDC.getCopyOfContextMap();
                if (context == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    if (before == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(before);
                    }
                }
            };
        };
    }

    /** The id of the request this thread serves, or null. */
    static String current() {
        return MDC.get(MDC_KEY);
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // An async or error dispatch goes on with the id its request was given.
            String id = request.getAttribute(ATTRIBUTE) instanceof String given ? given : idOf(request.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            if (!response.containsHeader(HEADER)) {
                response.setHeader(HEADER, id);
            }
            MDC.put(MDC_KEY, id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(MDC_KEY);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    static String idOf(String header) {
        return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
