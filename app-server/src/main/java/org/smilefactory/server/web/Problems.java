package org.smilefactory.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds {@code application/problem+json} answers: one stable {@code type} per error kind. */
public final class Problems {

    private Problems() {
    }

    /** A not-found answer in the hub's words, for a controller that must not reach core internals itself. */
    public static NotFoundException notFound(String messageKey) {
        return new NotFoundException(Messages.get(messageKey));
    }

    public static HttpStatus status(String kind) {
        return switch (kind) {
            case "validation", Problem.BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case "unauthenticated" -> HttpStatus.UNAUTHORIZED;
            case "permission-denied" -> HttpStatus.FORBIDDEN;
            case "not-found", Problem.NO_SUCH_ENDPOINT -> HttpStatus.NOT_FOUND;
            case "conflict" -> HttpStatus.CONFLICT;
            case Problem.TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case "backend-unavailable", Problem.BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    public static String title(String kind) {
        return switch (kind) {
            case "validation" -> "Some fields are not valid";
            case Problem.BAD_REQUEST -> "The request is not well-formed";
            case "unauthenticated" -> "Sign in first";
            case "permission-denied" -> "Not allowed";
            case "not-found" -> "Not found";
            case Problem.NO_SUCH_ENDPOINT -> "No such endpoint";
            case "conflict" -> "Conflict";
            case Problem.TOO_LARGE -> "The request is too large";
            case "backend-unavailable" -> "The hub's database is not available";
            case Problem.BUSY -> "The server is busy";
            default -> "Something went wrong on the server";
        };
    }

    /**
     * {@code instance} is accepted for symmetry but not echoed: reflecting the request path back would
     * repeat whatever a caller put into it.
     */
    public static Problem of(String kind, String detail, String instance, List<Violation> violations) {
        return new Problem(Problem.type(kind), title(kind), status(kind).value(), detail, null, violations);
    }

    public static Problem of(HubException e, String instance) {
        List<Violation> violations = e instanceof ValidationException v ? v.violations() : null;
        return of(e.kind(), e.getMessage(), instance, violations);
    }

    public static ResponseEntity<Object> entity(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For filters, which answer before Spring MVC runs. */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.status() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(ContractJson.mapper().writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
