package org.escalationtimeline.app.http;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code /error}, where the container sends a request that failed out of the handlers' reach: a chunked body the
 * connector could not read on, an exception raised after an answer was handed to an asynchronous task. It answers a
 * problem detail like every other refusal, in place of Spring Boot's Whitelabel HTML page (this bean replaces its
 * BasicErrorController).
 */
@Hidden // the container's, not an operation of the API
@RestController
class ErrorDispatchController implements ErrorController {

    private final ProblemResponses problems;

    ErrorDispatchController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> failed(HttpServletRequest request) {
        // The handler that failed may have produced only its own type (the import: NDJSON); the problem is JSON.
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return problems.forErrorDispatch(status instanceof Integer code ? code : 500,
                failure instanceof Throwable thrown ? thrown : null);
    }
}
