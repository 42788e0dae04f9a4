package org.smilefactory.core.events;

import java.util.List;
import java.util.UUID;

/**
 * What merging an offline scan or walk-in changed on the server.
 *
 * @param memberId       the member the registration belongs to (for a walk-in: the server's, which is
 *                       an existing member's when the e-mail was known), null for an unknown code
 * @param registrationId the registration checked in or scanned, null for an unknown code
 * @param scanIds        the scan rows created or changed, the offline scan's first
 */
public record MergedScan(UUID memberId, UUID registrationId, List<UUID> scanIds) {
}
