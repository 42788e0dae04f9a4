package org.smilefactory.core.offline;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.common.OwnerOnlyFiles;

/**
 * What an offline copy keeps to sign itself back in to the server (decision 0021): the desktop's device
 * id and the device credential the server issued at sign-in, in a file readable by the computer's user
 * only ({@link OwnerOnlyFiles}), in the replica's folder. Never the password: the member's password is
 * only ever in memory for the moment of a sign-in.
 */
public final class DeviceSecrets {

    static final String CREDENTIAL_FILE = "device.credential";
    private static final String DEVICE_ID_FILE = "device.id";

    private final UUID deviceId;
    private final String deviceName;
    private final Path credentialFile;

    public DeviceSecrets(UUID deviceId, String deviceName, Path folder) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
        this.credentialFile = folder.resolve(CREDENTIAL_FILE);
    }

    /** The desktop's device id, kept in {@code folder} (created the first time). */
    public static UUID deviceIdIn(Path folder) {
        Path file = folder.resolve(DEVICE_ID_FILE);
        Optional<UUID> known = OwnerOnlyFiles.read(file).flatMap(DeviceSecrets::uuid);
        if (known.isPresent()) {
            return known.get();
        }
        UUID id = UUID.randomUUID();
        OwnerOnlyFiles.write(file, id.toString());
        return id;
    }

    /** What the member and admins see in a list of devices: the computer's name and system. */
    public static String thisDeviceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "desktop";
        }
        return host + " (" + System.getProperty("os.name", "unknown system") + ")";
    }

    public UUID deviceId() {
        return deviceId;
    }

    public String deviceName() {
        return deviceName;
    }

    /** Where the credential is kept (for tests and logs; its content is never logged). */
    public Path credentialFile() {
        return credentialFile;
    }

    /** The stored credential, if the server issued one to this copy. */
    public Optional<String> credential() {
        return OwnerOnlyFiles.read(credentialFile).filter(s -> !s.isBlank());
    }

    /** Keeps a newly issued credential, replacing an older one. */
    public void store(String credential) {
        OwnerOnlyFiles.write(credentialFile, credential);
    }

    /** Forgets the credential (the server refused it: it is of no use any more). */
    public void forget() {
        OwnerOnlyFiles.delete(credentialFile);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
