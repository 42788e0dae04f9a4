package org.smilefactory.core.ai;

import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ai_user_preferences: no row means the defaults (AI on, balanced) at version 0. */
final class AiPreferencesStore {

    private AiPreferencesStore() {
    }

    static AiPreferences load(JdbcClient jdbc, UUID member) {
        return jdbc.sql("SELECT ai_enabled, preferred_response_style, version FROM ai_user_preferences WHERE user_id = ?")
                .params(member)
                .query((rs, n) -> new AiPreferences(rs.getBoolean(1), ResponseStyle.valueOf(rs.getString(2).toUpperCase()), rs.getLong(3)))
                .optional().orElse(new AiPreferences(true, ResponseStyle.BALANCED, 0));
    }

    static AiPreferences save(JdbcClient jdbc, UUID member, boolean enabled, ResponseStyle style, long expectedVersion) {
        String s = style.name().toLowerCase();
        int n;
        if (expectedVersion == 0) {
            n = jdbc.sql("""
                    INSERT INTO ai_user_preferences (user_id, ai_enabled, preferred_response_style, version)
                    VALUES (?, ?, ?, 1) ON CONFLICT (user_id) DO NOTHING""").params(member, enabled, s).update();
        } else {
            n = jdbc.sql("""
                    UPDATE ai_user_preferences SET ai_enabled = ?, preferred_response_style = ?, version = version + 1,
                        updated_at = now() WHERE user_id = ? AND version = ?""").params(enabled, s, member, expectedVersion).update();
        }
        if (n == 0) {
            throw new ConflictException(Messages.get("ai.preferences.stale"));
        }
        return load(jdbc, member);
    }
}
