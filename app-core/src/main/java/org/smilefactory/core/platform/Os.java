package org.smilefactory.core.platform;

import java.util.Locale;

/**
 * The desktop operating systems we ship to (issue 17). Everything that differs between them (where the
 * data folder lives, how a secret file is kept private, how PostgreSQL is started and stopped) asks
 * {@link Platform} for its {@code Os} rather than reading {@code os.name} itself.
 */
public enum Os {
    WINDOWS, MACOS, LINUX;

    /**
     * The system named by {@code os.name} ("Windows 11", "Mac OS X", "Linux"). Other Unix systems
     * (FreeBSD, ...) count as {@link #LINUX}: they follow the same XDG and POSIX conventions, which is
     * all the platform code asks of Linux.
     */
    public static Os detect(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }

    /** POSIX file permissions and signals (Linux and macOS). */
    public boolean isPosix() {
        return this != WINDOWS;
    }

    /** The file name of a program: {@code pg_ctl.exe} on Windows, {@code pg_ctl} elsewhere. */
    public String executable(String name) {
        return this == WINDOWS ? name + ".exe" : name;
    }
}
