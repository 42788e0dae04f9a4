package org.smilefactory.core.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The computer the desktop runs on, as far as our code needs to know it: the {@link Os}, the environment
 * and the system properties. {@link #current()} reads the real ones; tests build one for any system with
 * {@link #simulated} (a Windows profile on our Linux build machine, say), so every OS-specific decision
 * is a function of a {@code Platform} and is tested per system.
 */
public final class Platform {

    private final Os os;
    private final UnaryOperator<String> env;
    private final UnaryOperator<String> properties;

    private Platform(Os os, UnaryOperator<String> env, UnaryOperator<String> properties) {
        this.os = Objects.requireNonNull(os, "os");
        this.env = env;
        this.properties = properties;
    }

    /** This computer. The environment and system properties are read when asked (tests set properties). */
    public static Platform current() {
        return new Platform(Os.detect(System.getProperty("os.name")), System::getenv, System::getProperty);
    }

    /** A computer of {@code os} with exactly this environment and these system properties (tests). */
    public static Platform simulated(Os os, Map<String, String> env, Map<String, String> properties) {
        Map<String, String> e = Map.copyOf(env);
        Map<String, String> p = Map.copyOf(properties);
        return new Platform(os, e::get, p::get);
    }

    public Os os() {
        return os;
    }

    /** An environment variable; empty when unset or blank. */
    public Optional<String> env(String name) {
        return Optional.ofNullable(env.apply(name)).filter(v -> !v.isBlank());
    }

    /** A system property; empty when unset or blank. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.apply(name)).filter(v -> !v.isBlank());
    }

    /** The user's home folder ({@code user.home}). */
    public Path userHome() {
        return Path.of(property("user.home").orElse("."));
    }

    /**
     * Where a file dialog opens: the user's Documents folder when there is one (Windows, macOS and most
     * Linux desktops have it under the home folder), else the home folder itself; never a fixed path of
     * one system.
     */
    public Path documentsFolder() {
        Path documents = userHome().resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : userHome();
    }

    // ----------------------------------------------------------------------------------------------
    // Starting PostgreSQL

    /** How the embedded PostgreSQL may be started on a system (decision 0029). */
    public enum PostgresLaunch {
        /** Started as the user: the normal case everywhere. */
        DIRECT,
        /**
         * Linux as root: PostgreSQL refuses to run as root, so it runs in a user namespace
         * ({@code unshare -U}) where it is not. zonky adds the {@code unshare -U} itself in exactly this case.
         */
        UNSHARE,
        /** Root where no user namespace is to be had (macOS, or Linux without a usable {@code unshare}). */
        REFUSED_AS_ROOT
    }

    /**
     * The launch for a system, whether the process is root (uid 0; never on Windows, where an
     * administrator's {@code initdb} and {@code pg_ctl} drop their rights to a restricted token on their
     * own), and whether {@code unshare -U} works here.
     */
    public static PostgresLaunch postgresLaunch(Os os, boolean root, boolean unshareAvailable) {
        if (os == Os.WINDOWS || !root) {
            return PostgresLaunch.DIRECT;
        }
        return os == Os.LINUX && unshareAvailable ? PostgresLaunch.UNSHARE : PostgresLaunch.REFUSED_AS_ROOT;
    }

    /**
     * Whether this process runs as uid 0. Read through the JDK's {@code UnixSystem} (module
     * {@code jdk.security.auth}), as zonky does; Windows has no uid 0.
     */
    public boolean runningAsRoot() {
        if (os == Os.WINDOWS) {
            return false;
        }
        try {
            Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
            Object system = unix.getDeclaredConstructor().newInstance();
            return ((Number) unix.getMethod("getUid").invoke(system)).longValue() == 0;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LoggerFactory.getLogger(Platform.class).debug("Cannot tell the uid of this process: {}", e.toString());
            return "root".equals(property("user.name").orElse(""));
        }
    }
}
