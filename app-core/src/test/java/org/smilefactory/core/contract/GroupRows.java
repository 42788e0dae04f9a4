package org.smilefactory.core.contract;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the groups contract needs to do in the database directly (time passing). */
public final class GroupRows {

    private GroupRows() {
    }

    public static void expireInviteCode(JdbcClient jdbc, UUID groupId) {
        jdbc.sql("UPDATE groups SET invite_code_expires_at = now() - interval '1 minute' WHERE id = ?").param(groupId).update();
    }
}
