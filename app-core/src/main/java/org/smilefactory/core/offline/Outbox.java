package org.smilefactory.core.offline;

import java.sql.Timestamp;
import org.smilefactory.core.api.sync.Mutation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes offline changes into the replica's {@code sync_outbox}. Call it inside the transaction that
 * makes the change, so the change and its mutation commit or vanish together.
 */
public final class Outbox {

    private Outbox() {
    }

    /** Queues {@code mutation} as pending, in the caller's transaction. */
    public static void record(JdbcClient jdbc, Mutation mutation) {
        jdbc.sql("""
                INSERT INTO sync_outbox (mutation_id, entity_type, entity_id, base_version, payload, created_at,
                                         status, kind)
                VALUES (:id, :type, :entity, :base, CAST(:payload AS jsonb), :created, 'pending', :kind)
                """)
                .param("id", mutation.id()).param("type", mutation.entityType()).param("entity", mutation.entityId())
                .param("base", mutation.baseVersion()).param("payload", mutation.payload())
                .param("created", Timestamp.from(mutation.createdAt())).param("kind", mutation.kind())
                .update();
    }
}
