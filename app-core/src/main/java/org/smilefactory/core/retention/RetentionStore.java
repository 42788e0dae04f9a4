package org.smilefactory.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention periods in {@code hub_settings}: one row, {@value #PERIODS}, holding every period as
 * JSON, so the form saves all of them or none under one version (a row per period would need a version
 * of its own per field, and a half-saved form). A period missing from the row (a category added by a
 * later release) takes its default; no row at all is the defaults at version 0.
 */
final class RetentionStore {

    static final String PERIODS = "retention.periods";
    /** When the last run started (ISO instant): lets one of several processes on one database run per day. */
    static final String LAST_RUN = "retention.lastRunAt";

    /** The defaults of decision 0023. */
    static final RetentionSettings DEFAULTS = new RetentionSettings(365, 180, 365, 90, 365, 730, 30, 0);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RetentionStore() {
    }

    static RetentionSettings load(JdbcClient jdbc) {
        return jdbc.sql("SELECT setting_value, version FROM hub_settings WHERE setting_key = ?").param(PERIODS)
                .query((rs, n) -> parse(rs.getString(1), rs.getLong(2))).optional().orElse(DEFAULTS);
    }

    /**
     * Writes {@code s} if the stored version is still {@code s.version()}. A first save inserts at
     * version 1, so a save based on the defaults (version 0) conflicts with another first save.
     *
     * @throws ConflictException when someone saved in between
     */
    static void save(JdbcClient jdbc, RetentionSettings s, UUID by) {
        String value = JSON.writeValueAsString(toMap(s));
        int written = s.version() == 0
                ? jdbc.sql("""
                        INSERT INTO hub_settings (setting_key, setting_value, updated_at, updated_by, version)
                        VALUES (?, ?, now(), ?, 1) ON CONFLICT (setting_key) DO NOTHING""")
                        .params(PERIODS, value, by).update()
                : jdbc.sql("""
                        UPDATE hub_settings SET setting_value = ?, updated_at = now(), updated_by = ?, version = version + 1
                        WHERE setting_key = ? AND version = ?""")
                        .params(value, by, PERIODS, s.version()).update();
        if (written == 0) {
            throw new ConflictException(Messages.get("retention.staleVersion"));
        }
    }

    /**
     * Claims the automatic run: true (and the run recorded as started at {@code now}) when no run started
     * within {@code gap} before {@code now}. Atomic, so of several processes sharing one database (server
     * instances behind a load balancer) only one runs each day.
     */
    static boolean claim(JdbcClient jdbc, Instant now, Duration gap) {
        return jdbc.sql("""
                        INSERT INTO hub_settings (setting_key, setting_value, updated_at) VALUES (:key, :now, now())
                        ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value, updated_at = now(),
                            version = hub_settings.version + 1
                        WHERE CAST(hub_settings.setting_value AS timestamptz) <= :before""")
                .param("key", LAST_RUN).param("now", now.toString())
                .param("before", OffsetDateTime.ofInstant(now.minus(gap), ZoneOffset.UTC))
                .update() > 0;
    }

    /** Records a run started now whatever came before (a run an admin asked for). */
    static void markRun(JdbcClient jdbc, Instant now) {
        jdbc.sql("""
                INSERT INTO hub_settings (setting_key, setting_value, updated_at) VALUES (?, ?, now())
                ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value, updated_at = now(),
                    version = hub_settings.version + 1""")
                .params(LAST_RUN, now.toString()).update();
    }

    static Map<String, Object> toMap(RetentionSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkInScanDays", s.checkInScanDays());
        m.put("aiConversationDays", s.aiConversationDays());
        m.put("aiAnalyticsDays", s.aiAnalyticsDays());
        m.put("readNotificationDays", s.readNotificationDays());
        m.put("notificationDays", s.notificationDays());
        m.put("auditDays", s.auditDays());
        m.put("endedTokenDays", s.endedTokenDays());
        return m;
    }

    private static RetentionSettings parse(String value, long version) {
        Map<?, ?> m = JSON.readValue(value, Map.class);
        RetentionSettings d = DEFAULTS;
        return new RetentionSettings(
                days(m, "checkInScanDays", d.checkInScanDays()),
                days(m, "aiConversationDays", d.aiConversationDays()),
                days(m, "aiAnalyticsDays", d.aiAnalyticsDays()),
                days(m, "readNotificationDays", d.readNotificationDays()),
                days(m, "notificationDays", d.notificationDays()),
                days(m, "auditDays", d.auditDays()),
                days(m, "endedTokenDays", d.endedTokenDays()),
                version);
    }

    private static int days(Map<?, ?> m, String key, int fallback) {
        return m.get(key) instanceof Number n ? n.intValue() : fallback;
    }
}
