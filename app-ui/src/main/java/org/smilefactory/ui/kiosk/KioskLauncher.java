package org.smilefactory.ui.kiosk;

import java.util.UUID;

/**
 * The command that starts this app as the kiosk of one event, for staff to copy to the door laptop:
 * the installed app's launcher ({@code SmileFactoryHub --kiosk ID}) or, for a source checkout, the
 * Maven command the README gives with {@code -Dapp.args=--kiosk=ID}. Which one this copy of the app
 * is comes from jpackage's launcher, which sets {@code jpackage.app-path}.
 */
public final class KioskLauncher {

    /** The installer's launcher name (installer/pom.xml, jpackage {@code --name}). */
    public static final String INSTALLED_NAME = "SmileFactoryHub";

    private KioskLauncher() {
    }

    public static String installed(UUID eventId) {
        return INSTALLED_NAME + " --kiosk " + eventId;
    }

    public static String sourceCheckout(UUID eventId) {
        return "mvn -q -Papp -DskipTests install -Dapp.args=--kiosk=" + eventId;
    }

    /** Whether this app was started by the installed launcher (rather than from a source checkout). */
    public static boolean runningInstalled() {
        return System.getProperty("jpackage.app-path") != null;
    }

    /** The line for the way this app runs, first. */
    public static String forThisApp(UUID eventId) {
        return runningInstalled() ? installed(eventId) : sourceCheckout(eventId);
    }
}
