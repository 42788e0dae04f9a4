package org.smilefactory.core.contract;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.platform.LocalBackend;

/** Writes an accepted connection straight into a local backend's database (until the social service exists). */
final class Connections {

    private Connections() {
    }

    static void accepted(Backend backend, UUID a, UUID b) {
        ((LocalBackend) backend).context().jdbc().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())
                """).params(Ids.next(), a, b).update();
    }
}
