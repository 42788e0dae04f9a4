package org.smilefactory.server.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.smilefactory.core.remote.wire.Problem;
import org.smilefactory.server.web.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page ({@code /error}, where the servlet container forwards a
 * {@code sendError} or an exception no handler caught) as {@code application/problem+json} like
 * every other answer, instead of Boot's own JSON shape (decision 0020). Replaces Boot's
 * {@code BasicErrorController}.
 */
@RestController
public class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, not forwarded: there is no such page
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        String kind = status == 404 || status == 405 ? Problem.NO_SUCH_ENDPOINT
                : status == 413 ? Problem.TOO_LARGE
                : status == 401 ? "unauthenticated"
                : status == 403 ? "permission-denied"
                : status >= 500 ? Problem.INTERNAL : Problem.BAD_REQUEST;
        Problem p = Problems.of(kind, Problems.title(kind) + ".", null, null);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .body(new Problem(p.type(), p.title(), status, p.detail(), null, null));
    }
}
