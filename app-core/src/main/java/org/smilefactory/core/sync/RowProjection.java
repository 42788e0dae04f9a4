package org.smilefactory.core.sync;

import java.util.List;
import java.util.stream.Collectors;
import org.smilefactory.core.profiles.MemberFields;

/**
 * What of a row leaves the server (decision 0013, "What a replica may hold"): never a secret (password
 * hashes, exit-PIN hashes, the sign-in lock-out bookkeeping) — not even to their owner; a member's
 * contact fields only as {@link MemberFields} shows them to this viewer (as {@code GET /profiles/{id}}
 * does; a door kiosk the e-mail of its attendees, as its attendee search does); a ticket code only to its holder and to the door kiosk of its event (the kiosk checks tickets
 * offline; staff lists show no codes either). One SQL expression, used by the pull and by push
 * replies, so both send a row the same way.
 */
final class RowProjection {

    /** Removed from every member row, for every viewer. */
    static final List<String> MEMBER_SECRETS = MemberFields.SECRET_COLUMNS;
    /** Removed from every kiosk assignment: the exit PIN is checked by the server only. */
    static final List<String> KIOSK_SECRETS = List.of("exit_pin_hash");

    private RowProjection() {
    }

    /**
     * The projected payload as JSONB. {@code type} and {@code id} are SQL expressions of the row's table
     * name and key, {@code json} of its JSONB; the viewer is the parameters {@code :me} (uuid),
     * {@code :staff} (boolean) and {@code :kioskEvent} (the kiosk's event, null for other viewers).
     */
    static String payload(String type, String id, String json) {
        String ownTicket = "(" + json + " ->> 'user_id') = CAST(:me AS text)"
                + " OR (" + json + " ->> 'event_id') = CAST(CAST(:kioskEvent AS uuid) AS text)";
        return "CASE " + type
                + " WHEN 'personal_details' THEN " + json + " - " + array(MEMBER_SECRETS)
                + " - (CASE WHEN " + MemberFields.contactVisibleSql(id) + " THEN '{}'::text[]"
                // a kiosk's scope holds only its event's registrations' members
                + " WHEN CAST(:kioskEvent AS uuid) IS NOT NULL THEN " + array(MemberFields.HIDDEN_FROM_THE_DOOR)
                + " ELSE " + array(MemberFields.CONTACT_COLUMNS) + " END)"
                + " WHEN 'kiosk_assignments' THEN " + json + " - " + array(KIOSK_SECRETS)
                + " WHEN 'event_attendees' THEN " + json
                + " - (CASE WHEN " + ownTicket + " THEN '{}'::text[] ELSE ARRAY['ticket_code'] END)"
                // a scan holds the code as typed or scanned: someone's ticket
                + " WHEN 'event_check_in_scans' THEN " + json
                + " - (CASE WHEN (" + json + " ->> 'event_id') = CAST(CAST(:kioskEvent AS uuid) AS text)"
                + " THEN '{}'::text[] ELSE ARRAY['ticket_code'] END)"
                + " ELSE " + json + " END";
    }

    private static String array(List<String> columns) {
        return columns.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
    }
}
