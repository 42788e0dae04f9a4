package org.smilefactory.core.api.sync;

import java.util.List;

/** The tables an offline replica holds; everything else needs the server. */
public final class SyncTables {

    public static final List<String> PROFILE_TABLES = List.of(
            "innovator_profiles", "business_investor_profiles", "mentor_profiles", "professional_profiles",
            "industry_expert_profiles", "academic_student_profiles", "academic_institution_profiles",
            "organisation_profiles");

    /** In the order a fresh replica can apply them (parents first). */
    public static final List<String> ALL = List.of(
            "personal_details",
            "innovator_profiles", "business_investor_profiles", "mentor_profiles", "professional_profiles",
            "industry_expert_profiles", "academic_student_profiles", "academic_institution_profiles",
            "organisation_profiles",
            "events", "event_attendees", "event_check_in_scans", "kiosk_assignments");

    private SyncTables() {
    }
}
