package org.smilefactory.core.contract;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the marketplace contract needs to see or do in the database directly (time passing, notifications). */
public final class MarketplaceRows {

    private MarketplaceRows() {
    }

    public static void expire(JdbcClient jdbc, UUID listingId) {
        jdbc.sql("UPDATE marketplace_listings SET expires_at = now() - interval '1 hour' WHERE id = ?").param(listingId).update();
    }

    public static long transactionNotifications(JdbcClient jdbc, UUID memberId) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND notification_type = 'transaction_update'")
                .param(memberId).query(Long.class).single();
    }
}
