package org.smilefactory.ui.connect;

/** The three ways of reaching a hub, as offered on the connection screen. */
public enum ConnectionMode {
    EMBEDDED, DIRECT, SERVER
}
