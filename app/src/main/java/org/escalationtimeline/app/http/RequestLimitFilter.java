package org.escalationtimeline.app.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the requests of each side that run at once (timeline.requests.*) with one resilience4j bulkhead per side:
 * a burst beyond them is answered 503 with {@code Retry-After} and a problem body before anything is done, instead of
 * piling up on the database's connection pool until writes already under way time out as 500s. A request that goes
 * on asynchronously (the import, the CSV export) keeps its turn until it ends.
 * <p>
 * It runs after the token is checked, so refused writes cost no turn; the event stream, bounded by its own cap, and
 * everything outside {@code /api} are not counted.
 */
class RequestLimitFilter extends OncePerRequestFilter {

    /** Seconds a refused client is asked to wait: a turn frees within milliseconds to seconds. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final Map<Side, Bulkhead> bulkheads = new EnumMap<>(Side.class);
    private final RequestMatcher uncounted;
    private final ProblemWriter problems;

    RequestLimitFilter(RequestLimits limits, RequestMatcher uncounted, ProblemWriter problems) {
        bulkheads.put(Side.COMMAND, Bulkhead.of("writes", config(limits.maxConcurrentWrites(), limits)));
        bulkheads.put(Side.QUERY, Bulkhead.of("reads", config(limits.maxConcurrentReads(), limits)));
        this.uncounted = uncounted;
        this.problems = problems;
    }

    private static BulkheadConfig config(int concurrent, RequestLimits limits) {
        return BulkheadConfig.custom().maxConcurrentCalls(concurrent).maxWaitDuration(limits.maxWait()).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return Side.of(request) == null || uncounted.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Side side = Side.of(request);
        Bulkhead bulkhead = bulkheads.get(side);
        if (!bulkhead.tryAcquirePermission()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.write(response, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "this node is handling as many " + (side == Side.COMMAND ? "writes" : "reads")
                            + " as it takes at once; nothing was done, try again in " + RETRY_AFTER_SECONDS + " s"));
            return;
        }
        boolean handedOver = false;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new ReleaseOnEnd(bulkhead));
                handedOver = true;
            }
        } finally {
            if (!handedOver) {
                bulkhead.onComplete();
            }
        }
    }

    /** Gives the turn back once an asynchronous request ends: the container calls onComplete however it ends. */
    private static final class ReleaseOnEnd implements AsyncListener {

        private final Bulkhead bulkhead;
        private final AtomicBoolean released = new AtomicBoolean();

        ReleaseOnEnd(Bulkhead bulkhead) {
            this.bulkhead = bulkhead;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows.
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // A new async cycle of the same request: this listener must be added again to hear its end.
            event.getAsyncContext().addListener(this);
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                bulkhead.onComplete();
            }
        }
    }
}
