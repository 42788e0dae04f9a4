package org.smilefactory.ui;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Command-line options. {@code --data-dir=PATH} overrides the data folder (tests, or two hubs side by
 * side on one machine); {@code --kiosk EVENT-ID} is the door laptop: sign in with the event's kiosk
 * account and the app goes full screen into check-in for that event (a kiosk account assigned to
 * another event is refused). Unknown options are ignored so launchers may pass their own.
 */
public record AppArgs(Optional<Path> dataDir, Optional<UUID> kioskEvent) {

    public static AppArgs parse(List<String> args) {
        Path dataDir = null;
        UUID kioskEvent = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--kiosk=")) {
                kioskEvent = uuid(arg.substring("--kiosk=".length()));
            } else if (arg.equals("--kiosk") && i + 1 < args.size()) {
                kioskEvent = uuid(args.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Paths.get(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Paths.get(args.get(++i));
            }
        }
        return new AppArgs(Optional.ofNullable(dataDir).map(p -> p.toAbsolutePath().normalize()),
                Optional.ofNullable(kioskEvent));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kiosk needs an event id like 0190f3c2-...: " + value, e);
        }
    }
}
