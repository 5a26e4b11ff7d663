package org.escalationtimeline.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Writes a problem detail where the controller advice does not reach: from a servlet filter, or
 * from the servlet container itself.
 */
@Component
class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemResponses.withRequestId(problem));
    }

    /** The JSON of a problem, as {@link #write} writes it. */
    String text(ProblemDetail problem) throws JsonProcessingException {
        return json.writeValueAsString(problem);
    }
}
