package org.smilefactory.core.api.stats;

/** Hub numbers for the staff dashboard; staff only (members get PermissionDeniedException). */
public interface HubStatsService {

    /**
     * @param weeks how many weeks the weekly series cover, ending with the current one (1..104)
     * @param events how many of the most recent published or completed events to compare (1..50)
     */
    HubStats load(int weeks, int events);
}
