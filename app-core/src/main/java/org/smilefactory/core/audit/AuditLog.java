package org.smilefactory.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Records a staff edit of someone else's row with only the fields that changed, before and after
     * (the audit log viewer shows them field by field); nothing is written when nothing changed.
     */
    public static void recordChanges(JdbcClient jdbc, UUID actorId, String action, String entityType, UUID entityId,
                                     Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                was.put(e.getKey(), old);
                now.put(e.getKey(), e.getValue());
            }
        }
        if (!now.isEmpty()) {
            record(jdbc, actorId, action, entityType, entityId, was, now);
        }
    }
}
