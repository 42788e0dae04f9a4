package org.smilefactory.server.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.remote.wire.ErasureRequestBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.privacy.PrivacyService} over HTTP: the data export and erasure requests. */
@RestController
@RequestMapping("/api/v1/privacy")
public class PrivacyController {

    /**
     * The member's archive as {@code application/zip}, written straight to the response. The headers
     * are set on the first byte, so a refusal before it (not staff, no such member) is still an
     * ordinary problem response.
     */
    @GetMapping("/members/{memberId}/export")
    public void export(Session session, @PathVariable UUID memberId, HttpServletResponse response) throws IOException {
        OutputStream body = new OutputStream() {
            private OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    response.setContentType("application/zip");
                    response.setHeader("Content-Disposition", "attachment; filename=\"member-" + memberId + ".zip\"");
                    response.setHeader("Cache-Control", "no-store");
                    out = response.getOutputStream();
                }
                return out;
            }

            @Override
            public void write(int b) throws IOException {
                out().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }
        };
        session.privacy().export(memberId, body);
        body.flush();
    }

    @PostMapping("/erasure-requests")
    @ResponseStatus(HttpStatus.CREATED)
    public ErasureRequest request(Session session, @RequestBody(required = false) ErasureRequestBody body) {
        return session.privacy().requestErasure(body == null ? null : body.reason());
    }

    /** The caller's latest request; 204 when they never made one. */
    @GetMapping("/erasure-requests/mine")
    public ResponseEntity<ErasureRequest> mine(Session session) {
        return session.privacy().myErasureRequest().map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @DeleteMapping("/erasure-requests/mine")
    public ErasureRequest withdraw(Session session) {
        return session.privacy().withdrawErasureRequest();
    }

    @GetMapping("/erasure-requests")
    public List<ErasureRequest> list(Session session, @RequestParam(required = false) ErasureStatus status) {
        return session.privacy().erasureRequests(status);
    }

    @PostMapping("/erasure-requests/{requestId}/decision")
    public ErasureRequest decide(Session session, @PathVariable UUID requestId, @RequestBody ErasureDecision decision) {
        return session.privacy().decideErasure(requestId, decision);
    }
}
