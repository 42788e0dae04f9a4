package org.smilefactory.server;

import java.nio.file.Path;
import org.smilefactory.core.platform.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bundled SmileFactory Hub server: app-core's contract as a JSON REST API under {@code /api/v1}.
 * One {@link org.smilefactory.core.platform.LocalBackend} serves every request; each request acts as
 * the member its bearer token belongs to, through the very services the desktop uses.
 */
@SpringBootApplication
public class HubServer {

    public static void main(String[] args) {
        if (BackupCommand.wanted(args)) {
            // --backup / --list-backups / --restore FILE on the server's embedded database, while the
            // server is stopped (the data folder lock refuses it otherwise); decision 0017
            String dataDir = java.util.Arrays.stream(args).filter(a -> a.startsWith("--smilefactory.server.data-dir="))
                    .map(a -> a.substring("--smilefactory.server.data-dir=".length())).findFirst()
                    .orElse(System.getProperty("smilefactory.server.data-dir", "server-data"));
            System.exit(BackupCommand.run(args, Path.of(dataDir), System.out, System.err));
        }
        SpringApplication.run(HubServer.class, args);
    }
}
