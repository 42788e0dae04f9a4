package org.smilefactory.ui;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Command-line options. {@code --data-dir=PATH} overrides the data folder (tests, or two hubs side by
 * side on one machine); {@code --kiosk EVENT-ID} (or {@code --kiosk=EVENT-ID}) is the door laptop: the
 * app opens the last connection and goes straight to the kiosk sign-in of that event, then full screen
 * into check-in (a kiosk account assigned to another event is refused). A {@code --kiosk} value that is
 * not an event id is kept in {@code badKioskEvent}, so the app can say so on screen instead of failing
 * to start. Unknown options are ignored so launchers may pass their own.
 */
public record AppArgs(Optional<Path> dataDir, Optional<UUID> kioskEvent, Optional<String> badKioskEvent) {

    public AppArgs(Optional<Path> dataDir, Optional<UUID> kioskEvent) {
        this(dataDir, kioskEvent, Optional.empty());
    }

    public static AppArgs parse(List<String> args) {
        Path dataDir = null;
        String kiosk = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--kiosk=")) {
                kiosk = arg.substring("--kiosk=".length());
            } else if (arg.equals("--kiosk")) {
                kiosk = i + 1 < args.size() ? args.get(++i) : "";
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Paths.get(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Paths.get(args.get(++i));
            }
        }
        UUID kioskEvent = kiosk == null ? null : uuid(kiosk);
        return new AppArgs(Optional.ofNullable(dataDir).map(p -> p.toAbsolutePath().normalize()),
                Optional.ofNullable(kioskEvent),
                kiosk != null && kioskEvent == null ? Optional.of(kiosk.trim()) : Optional.empty());
    }

    /** Whether the app was started as a door kiosk (with a usable event id or not). */
    public boolean kiosk() {
        return kioskEvent.isPresent() || badKioskEvent.isPresent();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
