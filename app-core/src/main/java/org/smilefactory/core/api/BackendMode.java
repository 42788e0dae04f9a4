package org.smilefactory.core.api;

/** How the client reaches its data. */
public enum BackendMode {
    /** A private PostgreSQL in the user's data folder, started by the app. */
    EMBEDDED,
    /** An on-premises PostgreSQL reached by JDBC URL. */
    DIRECT,
    /** The bundled app-server over HTTP(S). */
    SERVER
}
