package org.smilefactory.ui;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * Command-line options. {@code --data-dir=PATH} overrides the data folder (tests, or two hubs side by
 * side on one machine); unknown options are ignored so launchers may pass their own.
 */
public record AppArgs(Optional<Path> dataDir) {

    public static AppArgs parse(List<String> args) {
        Path dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--data-dir=")) {
                dataDir = Paths.get(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = Paths.get(args.get(++i));
            }
        }
        return new AppArgs(Optional.ofNullable(dataDir).map(p -> p.toAbsolutePath().normalize()));
    }
}
