package org.smilefactory.core.api.stats;

/** Hub numbers for the staff dashboard. */
public interface HubStatsService {
}
