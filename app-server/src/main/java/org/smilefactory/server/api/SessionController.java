package org.smilefactory.server.api;

import jakarta.servlet.http.HttpServletRequest;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.remote.wire.DeviceCredentialRequest;
import org.smilefactory.core.remote.wire.DeviceCredentialResponse;
import org.smilefactory.core.remote.wire.DeviceSignInRequest;
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

    /** Public: an offline copy exchanges its device credential for a bearer token (decision 0021). */
    @PostMapping("/device")
    public SignedInResponse signInWithDevice(@RequestBody DeviceSignInRequest body, HttpServletRequest request) {
        return signIns.signInWithDevice(body.credential(), request);
    }

    /** Public: sign up with a one-time invite code staff handed out (decision 0024); returns a bearer token. */
    @PostMapping("/code")
    public SignedInResponse signUpWithCode(@RequestBody org.smilefactory.core.api.accounts.CodeSignUp body,
                                           HttpServletRequest request) {
        return signIns.signUpWithCode(body, request);
    }

    /** Public: set a new password with a one-time reset code staff handed out (decision 0024). */
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void resetPasswordWithCode(@RequestBody org.smilefactory.core.api.accounts.CodeSignUp body,
                                      HttpServletRequest request) {
        signIns.resetPasswordWithCode(body, request);
    }

    /** A device credential for the caller's offline copy, bound to this session's token. */
    @PostMapping("/current/device-credential")
    public DeviceCredentialResponse deviceCredential(Session session, @RequestBody DeviceCredentialRequest body,
                                                     HttpServletRequest request) {
        return signIns.deviceCredential(session, body.deviceId(), body.deviceName(), request);
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void signOut(Session session, HttpServletRequest request) {
        signIns.signOut(request);
    }
}
