package org.smilefactory.core.api.sync;

import java.util.List;
import java.util.UUID;

/**
 * The server's reply for one mutation; the same reply again when the same id is pushed again.
 *
 * @param reason for CONFLICT and REJECTED, a sentence for the member (already localised)
 * @param rows   the server's current rows of what the mutation touched (tombstones for rows the client
 *               made that the server did not keep), for the client to apply at once; seq is 0
 */
public record MutationResult(UUID mutationId, MutationOutcome outcome, String reason, List<Change> rows) {
}
