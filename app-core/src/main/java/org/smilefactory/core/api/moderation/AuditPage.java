package org.smilefactory.core.api.moderation;

import java.util.List;

/** One page of the audit log, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEntry> entries, String nextCursor) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
