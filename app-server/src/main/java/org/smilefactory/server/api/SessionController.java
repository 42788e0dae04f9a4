package org.smilefactory.server.api;

import jakarta.servlet.http.HttpServletRequest;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.remote.wire.SignInRequest;
import org.smilefactory.core.remote.wire.SignedInResponse;
import org.smilefactory.server.security.SignIns;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in (public: returns a bearer token) and sign-out (revokes it). */
@RestController
@RequestMapping("/api/v1/sessions")
public class SessionController {

    private final SignIns signIns;

    SessionController(SignIns signIns) {
        this.signIns = signIns;
    }

    @PostMapping
    public SignedInResponse signIn(@RequestBody SignInRequest body, HttpServletRequest request) {
        return signIns.signIn(body.email(), body.password(), request);
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void signOut(Session session, HttpServletRequest request) {
        signIns.signOut(request);
    }
}
