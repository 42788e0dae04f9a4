package org.smilefactory.core.api.profiles;

/** An industry expert's availability for consulting. */
public enum ConsultingAvailability {
    AVAILABLE, LIMITED, UNAVAILABLE
}
