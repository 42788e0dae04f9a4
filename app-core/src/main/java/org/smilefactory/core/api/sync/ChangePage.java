package org.smilefactory.core.api.sync;

import java.util.List;

/**
 * One page of the change log after a cursor.
 *
 * @param changes at most the requested number, in log order, only the latest change per row
 * @param cursor  the cursor to ask after next time (unchanged when the page is empty)
 * @param more    whether more changes are ready now
 * @param scope   what this member's replica holds (e.g. {@code staff}, {@code kiosk:<event id>},
 *                {@code member:<id>}); when it differs from the scope a replica was taken with, the
 *                replica must be taken again from cursor 0
 */
public record ChangePage(List<Change> changes, long cursor, boolean more, String scope) {
}
