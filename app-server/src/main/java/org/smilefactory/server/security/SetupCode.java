package org.smilefactory.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.platform.LocalBackend;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time code that first-run setup over HTTP needs (decision 0022): without it, whoever reached
 * a fresh server first would become its administrator. When the server starts on a hub that still
 * needs setup it draws a code, prints it to its console/log (only the person who started the server
 * sees it) and keeps only its SHA-256 in memory; a successful setup forgets it. A server that starts on
 * a hub that is already set up draws none. Each server instance has its own code: set a hub up through
 * the instance whose log you read.
 */
@Component
public class SetupCode {

    /** The logger the code is printed on, at WARN so that {@code logging.level.root=WARN} still shows it. */
    public static final String LOGGER = "org.smilefactory.server.setup";
    /** What the log line starts with, followed by the code; tests find the code after it. */
    public static final String LOG_PREFIX = "Setup code: ";

    /** Crockford's base-32 alphabet: no I, L, O, U, so the code survives being read aloud or copied by hand. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** 12 characters of 5 bits: 60 bits, far beyond guessing behind the address throttle. */
    private static final int LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final LocalBackend backend;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<byte[]> activeHash = new AtomicReference<>();

    SetupCode(LocalBackend backend) {
        this.backend = backend;
    }

    /** Once the server listens: draw and print a code if the hub still needs its first-run setup. */
    @EventListener(ApplicationReadyEvent.class)
    void issueIfSetupRequired() {
        if (!backend.hubStatus().setupRequired()) {
            return;
        }
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        activeHash.set(hash(code.toString()));
        log.warn("This hub is not set up yet. The first-run setup asks for this one-time code (it is valid until "
                + "the hub is set up or this server stops):");
        log.warn(LOG_PREFIX + "{}", code);
    }

    /** Whether {@code code} is the code this server printed and it has not been used yet. */
    boolean matches(String code) {
        byte[] expected = activeHash.get();
        if (expected == null || code == null || code.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(expected, hash(code));
    }

    /** The hub is set up: the code is spent. */
    void used() {
        activeHash.set(null);
    }

    /** Case, spaces and dashes do not matter, nor the letters Crockford reads as digits (O, I, L). */
    private static byte[] hash(String code) {
        String normal = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        try {
            return MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
