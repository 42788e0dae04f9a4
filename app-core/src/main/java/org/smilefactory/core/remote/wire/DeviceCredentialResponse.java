package org.smilefactory.core.remote.wire;

/** The device credential, shown only this once (decision 0021). */
public record DeviceCredentialResponse(String credential) {

    @Override
    public String toString() {
        return "DeviceCredentialResponse[credential=***]";
    }
}
