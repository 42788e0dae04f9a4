package org.smilefactory.core.audit;

import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to {@code audit_log} inside the caller's transaction, so an action and its audit row
 * commit or roll back together. Never pass secrets (passwords, hashes, tokens) in the maps.
 */
public final class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditLog() {
    }

    public static void record(JdbcClient jdbc, UUID actorId, String action, String entityType, UUID entityId,
                              Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, before_data, after_data, created_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), now())
                """)
                .params(Ids.next(), actorId, action, entityType, entityId,
                        before == null ? null : JSON.writeValueAsString(before),
                        after == null ? null : JSON.writeValueAsString(after))
                .update();
    }
}
