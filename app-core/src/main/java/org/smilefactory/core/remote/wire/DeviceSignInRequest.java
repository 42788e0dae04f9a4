package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/sessions/device}: an offline copy signs itself back in with its device credential. */
public record DeviceSignInRequest(String credential) {

    @Override
    public String toString() {
        return "DeviceSignInRequest[credential=***]";
    }
}
