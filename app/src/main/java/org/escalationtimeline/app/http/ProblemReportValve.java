package org.escalationtimeline.app.http;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's report of a request it refuses before any servlet sees it (an encoded {@code /} or
 * {@code NUL} in the path, a character no URI may hold, a malformed header, a request line or
 * headers over the limit): a problem detail, in place of Tomcat's HTML page. Whatever the API
 * answers itself already has a body and is left as it is.
 * <p>
 * Tomcat answers an oversized request line or header block with a plain 400; this tells the two
 * apart by whether the request line was read, and answers 414 or 431 as RFC 9110 and RFC 6585 say.
 */
class ProblemReportValve extends ErrorReportValve {

    /** Tomcat's own text for a request line or header block over {@code max-http-request-header-size}. */
    private static final String HEAD_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    private final ObjectProvider<ProblemWriter> problems;

    ProblemReportValve(ObjectProvider<ProblemWriter> problems) {
        this.problems = problems;
        setShowServerInfo(false);
        setShowReport(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        // The same conditions as Tomcat's own report: an error, nothing written yet, not reported yet.
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemDetail problem = problemOf(status, failure, request);
        try {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            SecurityHeaders.write(request, response);
            Writer body = response.getReporter();
            if (body != null) {
                body.write(problems.getObject().text(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // The connection is closing: there is no one left to answer.
        }
    }

    private static ProblemDetail problemOf(HttpStatus status, Throwable failure, Request request) {
        if (status == HttpStatus.BAD_REQUEST && failure instanceof IllegalArgumentException
                && HEAD_TOO_LARGE.equals(failure.getMessage())) {
            boolean requestLineRead = !request.getCoyoteRequest().requestURI().isNull();
            return requestLineRead
                    ? ProblemResponses.problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "the request's headers are over the 8 KiB the server reads")
                    : ProblemResponses.problem(HttpStatus.URI_TOO_LONG, "uri-too-long",
                    "the request's URI is over the 8 KiB the server reads");
        }
        if (status == HttpStatus.BAD_REQUEST) {
            return ProblemResponses.problem(status, "malformed-request", "the request cannot be read: its path "
                    + "holds an encoded '/' or NUL or a character no URI may hold, or a header is malformed");
        }
        return ProblemResponses.problem(status, status.is5xxServerError() ? "internal-error" : "request-refused",
                "the server refused the request: " + status.getReasonPhrase());
    }
}
