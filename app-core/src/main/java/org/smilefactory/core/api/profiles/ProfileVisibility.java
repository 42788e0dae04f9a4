package org.smilefactory.core.api.profiles;

/** Who may see a profile: every member, accepted connections, or only the member (and staff). */
public enum ProfileVisibility {
    PUBLIC, CONNECTIONS_ONLY, PRIVATE
}
