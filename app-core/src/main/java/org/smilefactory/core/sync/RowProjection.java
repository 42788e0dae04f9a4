package org.smilefactory.core.sync;

/**
 * What of a row leaves the server: secrets only to their owner (the member's own password hash, so
 * offline sign-in can check it; a kiosk's own exit-PIN hash, so the kiosk can be left offline), and
 * never the sign-in lock-out bookkeeping. One SQL expression, used by the pull and by push replies,
 * so both send a row the same way.
 */
final class RowProjection {

    private RowProjection() {
    }

    /**
     * The projected payload as JSONB. {@code type} and {@code id} are SQL expressions of the row's table
     * name and key, {@code json} of its JSONB; the viewer is the parameter {@code :me}.
     */
    static String payload(String type, String id, String json) {
        return "CASE " + type
                + " WHEN 'personal_details' THEN " + json + " - 'failed_login_count'::text - 'locked_until'::text"
                + " - (CASE WHEN " + id + " = :me THEN ''::text ELSE 'password_hash'::text END)"
                + " WHEN 'kiosk_assignments' THEN " + json
                + " - (CASE WHEN " + id + " = :me THEN ''::text ELSE 'exit_pin_hash'::text END)"
                + " ELSE " + json + " END";
    }
}
