package org.smilefactory.core.api.admin;

/**
 * How long the hub keeps scan logs, AI history, notifications, audit entries and dead sign-in tokens,
 * and applying it (decision 0023). A background job applies the periods daily on the embedded hub and
 * on the server; {@link #runNow()} applies them at once. Every run and every change is audited.
 */
public interface RetentionService {

    /** The periods in force (the built-in defaults until an admin saves). Staff and admins. */
    RetentionSettings settings();

    /**
     * Saves new periods; {@code settings.version()} is the version they were read at. Admins only: the
     * audit period decides how long staff actions stay on record.
     *
     * @throws org.smilefactory.core.api.ValidationException a period out of range, per field
     * @throws org.smilefactory.core.api.ConflictException   someone saved in between
     */
    RetentionSettings save(RetentionSettings settings);

    /** Applies the periods now (admins only); slow on a big hub, so not on the UI thread. */
    RetentionResult runNow();
}
