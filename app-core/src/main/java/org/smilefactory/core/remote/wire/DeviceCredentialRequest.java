package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** {@code POST /api/v1/sessions/current/device-credential}: a credential for this laptop's offline copy. */
public record DeviceCredentialRequest(UUID deviceId, String deviceName) {
}
