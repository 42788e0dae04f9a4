package org.smilefactory.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.remote.wire.SignedInResponse;
import org.springframework.stereotype.Component;

/**
 * Sign-in, first-run setup and sign-out over HTTP: the core authenticates (and throttles per account);
 * this adds the per-address throttle and turns a signed-in member into an opaque bearer token.
 */
@Component
public class SignIns {

    private final LocalBackend backend;
    private final SessionTokens tokens;
    private final AddressThrottle throttle;

    SignIns(LocalBackend backend, SessionTokens tokens) {
        this.backend = backend;
        this.tokens = tokens;
        this.throttle = new AddressThrottle(backend.context().jdbc());
    }

    public SignedInResponse signIn(String email, String password, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.lockedMinutes(address).ifPresent(minutes -> {
            throw new UnauthenticatedException(Messages.get("accounts.throttled", minutes));
        });
        Session session;
        try {
            session = backend.signIn(email, password);
        } catch (UnauthenticatedException e) {
            throttle.recordFailure(address);
            throw e;
        }
        return issue(session, request);
    }

    public SignedInResponse completeSetup(FirstRunSetup setup, HttpServletRequest request) {
        return issue(backend.completeSetup(setup), request);
    }

    /** Revokes the request's own token. */
    public void signOut(HttpServletRequest request) {
        Object token = request.getAttribute(RequestAttributes.TOKEN);
        if (token instanceof String t) {
            tokens.revoke(t);
        }
    }

    private SignedInResponse issue(Session session, HttpServletRequest request) {
        String token = tokens.issue(session.member().id(), request.getHeader("User-Agent"), request.getRemoteAddr());
        return new SignedInResponse(token, session.member());
    }
}
