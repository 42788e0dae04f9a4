package org.smilefactory.core.remote;

import java.net.URI;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.remote.wire.SignInRequest;
import org.smilefactory.core.remote.wire.SignedInResponse;

/**
 * The contract served by app-server over HTTP(S). Every call is a request; the server opens a local
 * session per bearer token, so authorisation is exactly the local services'. Errors come back as the
 * contract's exceptions; an unreachable server is a {@link org.smilefactory.core.api.BackendUnavailableException}
 * after at most the connect timeout (5 s).
 */
public final class RemoteBackend implements Backend {

    private final HttpApi api;
    private final BackendInfo info;

    public RemoteBackend(URI serverUrl) {
        this.api = new HttpApi(serverUrl);
        this.info = new BackendInfo(BackendMode.SERVER, serverUrl.toString(), null);
    }

    @Override
    public BackendInfo info() {
        return info;
    }

    @Override
    public HubStatus hubStatus() {
        return api.call("GET", "hub").as(HubStatus.class);
    }

    /** {@code GET /api/v1/hub/kiosk-event?id=…} (public); 404 is "no kiosk for that id". */
    @Override
    public java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
        try {
            return java.util.Optional.of(api.call("GET", "hub/kiosk-event").query("id", eventId)
                    .as(org.smilefactory.core.api.events.KioskStart.class));
        } catch (org.smilefactory.core.api.NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        return session(api.call("POST", "hub/setup").body(setup).as(SignedInResponse.class));
    }

    @Override
    public Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        return session(api.call("POST", "sessions/code").body(signUp).as(SignedInResponse.class));
    }

    @Override
    public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        api.call("POST", "sessions/password-reset").body(reset).send();
    }

    @Override
    public Session signIn(String email, String password) {
        return session(api.call("POST", "sessions").body(new SignInRequest(email, password)).as(SignedInResponse.class));
    }

    /**
     * A device credential for the laptop's offline copy (decision 0021), issued to a session of this
     * backend; the laptop keeps it instead of the password to sign itself back in.
     */
    public String issueDeviceCredential(Session session, java.util.UUID deviceId, String deviceName) {
        if (!(session instanceof RemoteSession remote)) {
            throw new IllegalArgumentException("Not a session of this server: " + session);
        }
        return remote.deviceCredential(deviceId, deviceName);
    }

    /**
     * Signs in with a device credential instead of a password.
     *
     * @throws org.smilefactory.core.api.UnauthenticatedException when the server refuses the credential
     *         (revoked by an admin or a password change, expired, or the member removed)
     */
    public Session signInWithDeviceCredential(String credential) {
        return session(api.call("POST", "sessions/device").body(new org.smilefactory.core.remote.wire.DeviceSignInRequest(credential))
                .as(SignedInResponse.class));
    }

    private Session session(SignedInResponse signedIn) {
        return new RemoteSession(api, signedIn.token(), signedIn.member());
    }

    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "RemoteBackend[" + api.location() + "]";
    }
}
