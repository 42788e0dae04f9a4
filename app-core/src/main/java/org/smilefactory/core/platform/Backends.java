package org.smilefactory.core.platform;

import java.nio.file.Path;
import org.smilefactory.core.api.Backend;

/**
 * Opens a {@link Backend}. Opening is slow (starting PostgreSQL, migrating): never call these on
 * the FX thread.
 */
public final class Backends {

    private Backends() {
    }

    /**
     * The default: a private PostgreSQL in {@code dataFolder/pgdata}, started (and on first use
     * created) by this call, migrated, and stopped by {@link Backend#close()}.
     *
     * @throws org.smilefactory.core.api.BackendUnavailableException when the folder is locked by a
     *         running instance or unusable, with a message for the user
     */
    public static Backend embedded(Path dataFolder) {
        throw new UnsupportedOperationException("being written");
    }

    /** An on-premises PostgreSQL by JDBC URL; migrated before use. */
    public static Backend direct(String jdbcUrl, String user, String password) {
        throw new UnsupportedOperationException("being written");
    }
}
