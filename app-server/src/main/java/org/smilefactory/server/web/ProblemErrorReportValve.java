package org.smilefactory.server.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.Problem;

/**
 * Tomcat's own error page, as {@code application/problem+json} (decision 0020): the errors Tomcat
 * answers before Spring runs (a request line or header over the limit, an encoded {@code /} or
 * {@code ..} in the path, a malformed URI) used to get Tomcat's HTML page, which also named the
 * Tomcat version. Installed as the host's error report valve by {@code BadInputConfig}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            writer.write(ContractJson.mapper().writeValueAsString(problem(status)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more to say
        }
    }

    static Problem problem(int status) {
        String kind = status == 404 || status == 405 ? Problem.NO_SUCH_ENDPOINT
                : status == 413 || status == 414 || status == 431 ? Problem.TOO_LARGE
                : status >= 500 ? Problem.INTERNAL : Problem.BAD_REQUEST;
        String detail = switch (kind) {
            case Problem.NO_SUCH_ENDPOINT -> "There is no such endpoint or method.";
            case Problem.TOO_LARGE -> "The request line, a header or the body is too large.";
            case Problem.INTERNAL -> "The server could not complete the request.";
            default -> "The request is not well-formed.";
        };
        Problem p = Problems.of(kind, detail, null, null);
        return new Problem(p.type(), p.title(), status, p.detail(), null, null);
    }
}
