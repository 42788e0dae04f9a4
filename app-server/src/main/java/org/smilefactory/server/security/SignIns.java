package org.smilefactory.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.smilefactory.core.accounts.DeviceCredentials;
import org.smilefactory.core.accounts.SessionTokens;
import java.util.List;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.remote.wire.DeviceCredentialResponse;
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
    private final DeviceCredentials devices;
    private final AddressThrottle throttle;
    private final SetupCode setupCode;

    SignIns(LocalBackend backend, SessionTokens tokens, DeviceCredentials devices, SetupCode setupCode) {
        this.backend = backend;
        this.tokens = tokens;
        this.devices = devices;
        this.setupCode = setupCode;
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

    /**
     * First-run setup over HTTP needs the one-time code the server printed at start (decision 0022); a
     * wrong code counts as a failed sign-in of the address, so guessing is throttled like passwords.
     * The code is spent only when the setup succeeds: a typo in another field does not burn it.
     */
    public SignedInResponse completeSetup(FirstRunSetup setup, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.lockedMinutes(address).ifPresent(minutes -> {
            throw new UnauthenticatedException(Messages.get("accounts.throttled", minutes));
        });
        if (!backend.hubStatus().setupRequired()) {
            throw new ConflictException(Messages.get("accounts.alreadySetUp"));
        }
        if (!setupCode.matches(setup.setupCode())) {
            throttle.recordFailure(address);
            boolean missing = setup.setupCode() == null || setup.setupCode().isBlank();
            throw new ValidationException(List.of(new Violation("setupCode", missing ? "required" : "wrong",
                    Messages.get(missing ? "accounts.setupCodeRequired" : "accounts.setupCodeWrong"))));
        }
        SignedInResponse signedIn = issue(backend.completeSetup(setup), request);
        setupCode.used();
        return signedIn;
    }

    /**
     * A device credential for the offline copy on the caller's laptop, bound to the request's own token
     * (decision 0021). Kiosks get one too: a door kiosk keeps an offline copy like anyone else.
     */
    public DeviceCredentialResponse deviceCredential(Session session, UUID deviceId, String deviceName,
                                                     HttpServletRequest request) {
        Object token = request.getAttribute(RequestAttributes.TOKEN);
        if (!(token instanceof String t)) {
            throw new UnauthenticatedException(Messages.get("remote.signInRequired"));
        }
        return new DeviceCredentialResponse(devices.issue(session.member().id(), SessionTokens.hash(t), deviceId, deviceName));
    }

    /** An offline copy signs itself back in with its device credential; refusals count like failed sign-ins. */
    public SignedInResponse signInWithDevice(String credential, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.lockedMinutes(address).ifPresent(minutes -> {
            throw new UnauthenticatedException(Messages.get("accounts.throttled", minutes));
        });
        DeviceCredentials.Exchanged exchanged;
        try {
            exchanged = devices.exchange(credential, request.getHeader("User-Agent"), address);
        } catch (UnauthenticatedException e) {
            if (credential != null && !credential.isBlank()) {
                // a guess at a credential; an empty request guesses nothing
                throttle.recordFailure(address);
            }
            throw e;
        }
        return new SignedInResponse(exchanged.token(), exchanged.signedIn().account());
    }

    /**
     * Sign-up with an invite code (decision 0024); a wrong, used or expired code counts as a failed
     * sign-in of the address, so codes cannot be guessed faster than passwords.
     */
    public SignedInResponse signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp, HttpServletRequest request) {
        String address = guarded(request);
        Session session;
        try {
            session = backend.signUpWithCode(signUp);
        } catch (ValidationException e) {
            countCodeFailure(e, address);
            throw e;
        }
        return issue(session, request);
    }

    /** A new password with a reset code (decision 0024); failures count as with {@link #signUpWithCode}. */
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset, HttpServletRequest request) {
        String address = guarded(request);
        try {
            backend.resetPasswordWithCode(reset);
        } catch (ValidationException e) {
            countCodeFailure(e, address);
            throw e;
        }
    }

    private String guarded(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.lockedMinutes(address).ifPresent(minutes -> {
            throw new UnauthenticatedException(Messages.get("accounts.throttled", minutes));
        });
        return address;
    }

    private void countCodeFailure(ValidationException e, String address) {
        if (e.violationOf("code").filter(v -> !"required".equals(v.code())).isPresent()) {
            throttle.recordFailure(address);
        }
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
