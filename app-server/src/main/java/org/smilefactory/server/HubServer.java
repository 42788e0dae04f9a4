package org.smilefactory.server;

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
        SpringApplication.run(HubServer.class, args);
    }
}
