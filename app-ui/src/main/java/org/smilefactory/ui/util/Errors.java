package org.smilefactory.ui.util;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.HubException;
import org.smilefactory.ui.l10n.Localization;

/**
 * Turns a failure into a sentence for the screen. Contract errors ({@link HubException}) carry a
 * user-facing message already; anything else is a bug or an environment problem: it goes to the log
 * with its stack trace and the user gets a plain sentence, never the trace.
 */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    public static String messageOf(Throwable error, Localization l10n) {
        Throwable cause = unwrap(error);
        if (cause instanceof HubException hub && hub.getMessage() != null && !hub.getMessage().isBlank()) {
            return hub.getMessage();
        }
        log(cause);
        if (cause instanceof UnsupportedOperationException) {
            return l10n.get("error.notAvailable");
        }
        return l10n.get("error.unexpected");
    }

    public static void log(Throwable error) {
        LOG.error("Unexpected error in a background task", error);
    }
}
