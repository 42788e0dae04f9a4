package org.smilefactory.core.profiles;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.common.Actor;

/**
 * Which fields of a member's row leave the server, and to whom: the one rule the profile service's
 * views and the offline change feed both apply (decision 0013), so what a replica holds of a member
 * can never drift from what {@code GET /profiles/{id}} shows the same viewer.
 */
public final class MemberFields {

    /** Shown to the member themselves and to staff only; everyone else gets null. */
    public static final List<String> CONTACT_COLUMNS = List.of("email", "phone_country_code", "phone_number");

    /** Never leave the server: the password hash and the sign-in lock-out bookkeeping. */
    public static final List<String> SECRET_COLUMNS = List.of("password_hash", "failed_login_count", "locked_until");

    private MemberFields() {
    }

    /** Whether {@code viewer} may see the contact fields of {@code memberId}. */
    public static boolean contactVisible(Actor viewer, UUID memberId) {
        return viewer.is(memberId) || viewer.isStaff();
    }

    /**
     * Which of {@link #CONTACT_COLUMNS} a door kiosk sees of the members registered for its event: the
     * e-mail, as its attendee search shows and matches it (registrations carry it), never the phone.
     */
    public static final List<String> HIDDEN_FROM_THE_DOOR = List.of("phone_country_code", "phone_number");

    /**
     * {@link #contactVisible} as SQL over the member id expression {@code memberId}, with the viewer as
     * the parameters {@code :me} (uuid) and {@code :staff} (boolean).
     */
    public static String contactVisibleSql(String memberId) {
        return "(:staff OR " + memberId + " = :me)";
    }
}
