package org.smilefactory.core.social;

import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may take part in connections and conversations, and how they are named there. */
public final class Members {

    /** The display name of member alias {@code p}: their name, or their email while they have none. */
    public static final String NAME = "coalesce(nullif(p.full_name, ''), p.email)";

    private Members() {
    }

    /** A member others can connect with and message: exists, not erased, not a kiosk account. */
    public static void requireReachable(JdbcClient jdbc, UUID memberId) {
        boolean found = memberId != null && jdbc.sql("""
                SELECT count(*) FROM personal_details WHERE user_id = ? AND deleted_at IS NULL AND role <> 'kiosk'
                """).param(memberId).query(Long.class).single() > 0;
        if (!found) {
            throw new NotFoundException(Messages.get("social.memberNotFound"));
        }
    }

    public static String name(JdbcClient jdbc, UUID memberId) {
        return jdbc.sql("SELECT " + NAME + " FROM personal_details p WHERE p.user_id = ?")
                .param(memberId).query(String.class).optional().orElse("");
    }

    /** Whether either member has blocked the other. */
    public static boolean blockedBetween(JdbcClient jdbc, UUID a, UUID b) {
        return jdbc.sql("""
                SELECT count(*) FROM connections WHERE status = 'blocked'
                  AND ((requester_id = :a AND recipient_id = :b) OR (requester_id = :b AND recipient_id = :a))
                """).param("a", a).param("b", b).query(Long.class).single() > 0;
    }

    /**
     * Serialises writers of one pair of members until the transaction ends, so two members acting on
     * each other at the same moment (crossing requests, two first messages) cannot both create a row.
     */
    public static void lockPair(JdbcClient jdbc, String purpose, UUID a, UUID b) {
        String key = purpose + ":" + (a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a);
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked").param(key).query(Integer.class).single();
    }
}
