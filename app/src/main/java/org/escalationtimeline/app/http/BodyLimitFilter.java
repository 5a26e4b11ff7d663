package org.escalationtimeline.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounds request bodies (64 KiB): a declared length over it is refused at once, and a body sent
 * without one fails when it reads past the limit. The import streams many lines and has its own
 * limit per line.
 * <p>
 * It runs inside Spring Security's filter chain, behind its firewall, and knows the import by the
 * same decoded path Spring MVC routes by: every other request, whatever the spelling of its path,
 * is bounded.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    static final long LIMIT = 64 * 1024;

    private final ProblemWriter problems;
    private final RequestMatcher unbounded;

    BodyLimitFilter(ProblemWriter problems, RequestMatcher unbounded) {
        this.problems = problems;
        this.unbounded = unbounded;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return unbounded.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            problems.write(response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    "body-too-large", new BodyTooLarge(LIMIT).getMessage()));
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > LIMIT) {
                throw new BodyTooLarge(LIMIT);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
