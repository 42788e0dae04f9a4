package org.smilefactory.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.remote.wire.Problem;
import org.smilefactory.server.security.BodySizeLimitFilter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error becomes an {@code application/problem+json} answer: the contract's errors with their
 * own type and status (validation with its violations), Spring MVC's (malformed JSON, wrong types,
 * unknown fields, unknown endpoints) as {@code bad-request}/{@code no-such-endpoint}, anything else
 * as a 500 whose detail says nothing; stack traces go to the log only.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(HubException.class)
    ResponseEntity<Object> contractError(HubException e, HttpServletRequest request) {
        return Problems.entity(Problems.of(e, request.getRequestURI()));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> databaseDown(Exception e, HttpServletRequest request) {
        LOG.warn("Database unavailable while serving {}: {}", request.getRequestURI(), e.toString());
        return Problems.entity(Problems.of("backend-unavailable",
                "The hub's database is not reachable. Try again shortly.", request.getRequestURI(), null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (org.smilefactory.core.common.DatabaseFailures.unavailable(e)) {
            // a failure outside the guarded services (e.g. a commit on a connection that died)
            return databaseDown(e, request);
        }
        LOG.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.entity(Problems.of(Problem.INTERNAL,
                "The server could not complete the request. The error has been logged.", request.getRequestURI(), null));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String instance = instance(request);
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.TooLargeException) {
                return Problems.entity(Problems.of(Problem.TOO_LARGE, "The request body is too large.", instance, null));
            }
        }
        ResponseEntity<Object> fieldProblem = BadInput.bodyProblem(ex, instance);
        if (fieldProblem != null) {
            return fieldProblem;
        }
        String detail = "The request body is not valid JSON for this endpoint.";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                // the path only: messages may quote the input, which may hold a password
                detail = "The request body has an unknown, missing or mistyped field: " + path(je) + ".";
                break;
            }
        }
        return Problems.entity(Problems.of(Problem.BAD_REQUEST, detail, instance, null));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        int status = statusCode.value();
        String kind = status == 404 || status == 405 ? Problem.NO_SUCH_ENDPOINT
                : status == 413 ? Problem.TOO_LARGE
                : status >= 500 ? Problem.INTERNAL : Problem.BAD_REQUEST;
        if (status >= 500) {
            LOG.error("Request failed", ex);
        }
        Problem p = Problems.of(kind, detail(kind, ex), instance(request), null);
        Problem withStatus = new Problem(p.type(), p.title(), status, p.detail(), p.instance(), null);
        return ResponseEntity.status(status).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(withStatus);
    }

    private static String detail(String kind, Exception ex) {
        return switch (kind) {
            case Problem.NO_SUCH_ENDPOINT -> "There is no such endpoint or method.";
            case Problem.TOO_LARGE -> "The request is too large.";
            case Problem.INTERNAL -> "The server could not complete the request.";
            default -> ex instanceof org.springframework.beans.TypeMismatchException tm && tm.getPropertyName() != null
                    ? "The parameter '" + tm.getPropertyName() + "' has the wrong type."
                    : "The request is not well-formed.";
        };
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(root)" : sb.toString();
    }

    private static String instance(WebRequest request) {
        return request instanceof ServletWebRequest s ? s.getRequest().getRequestURI() : null;
    }
}
