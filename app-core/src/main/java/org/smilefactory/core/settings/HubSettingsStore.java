package org.smilefactory.core.settings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.accounts.Authenticator;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's own settings in {@code hub_settings}, one row per key as first-run setup writes them
 * ({@link Authenticator#SETTING_HUB_NAME} and friends, the keys {@code HubStatus} and the dashboard
 * numbers read), plus {@value #KIOSK} holding the kiosk defaults as JSON. One source of truth: setup
 * writes these rows and everything else reads them here or through {@code HubStatus}.
 *
 * <p>The form's version is the version of the hub-name row, which every save of the form bumps (even
 * when the name stays): one conditional UPDATE of that row is the optimistic lock of the whole form.
 */
final class HubSettingsStore {

    static final String KIOSK = "kiosk.defaults";
    static final String DEFAULT_TIME_ZONE = "Africa/Harare";
    static final String DEFAULT_CURRENCY = "USD";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HubSettingsStore() {
    }

    record Stored(HubBasics basics, long version) {
    }

    static Stored load(JdbcClient jdbc) {
        Map<String, String> s = new HashMap<>();
        long[] version = {0};
        jdbc.sql("SELECT setting_key, setting_value, version FROM hub_settings WHERE setting_key IN (?, ?, ?, ?)")
                .params(Authenticator.SETTING_HUB_NAME, Authenticator.SETTING_TIME_ZONE, Authenticator.SETTING_CURRENCY, KIOSK)
                .query((rs, n) -> {
                    s.put(rs.getString(1), rs.getString(2));
                    if (Authenticator.SETTING_HUB_NAME.equals(rs.getString(1))) {
                        version[0] = rs.getLong(3);
                    }
                    return null;
                }).list();
        return new Stored(new HubBasics(s.getOrDefault(Authenticator.SETTING_HUB_NAME, ""),
                s.getOrDefault(Authenticator.SETTING_TIME_ZONE, DEFAULT_TIME_ZONE),
                s.getOrDefault(Authenticator.SETTING_CURRENCY, DEFAULT_CURRENCY), kiosk(s.get(KIOSK))), version[0]);
    }

    /**
     * Writes {@code b} if the form is still at {@code version}, inside the caller's transaction.
     *
     * @throws ConflictException when someone saved in between
     */
    static void save(JdbcClient jdbc, HubBasics b, long version, UUID by) {
        int locked = jdbc.sql("""
                        UPDATE hub_settings SET setting_value = ?, updated_at = now(), updated_by = ?, version = version + 1
                        WHERE setting_key = ? AND version = ?""")
                .params(b.hubName(), by, Authenticator.SETTING_HUB_NAME, version).update();
        if (locked == 0) {
            throw new ConflictException(Messages.get("hubSettings.staleVersion"));
        }
        put(jdbc, by, Authenticator.SETTING_TIME_ZONE, b.timeZone());
        put(jdbc, by, Authenticator.SETTING_CURRENCY, b.currency());
        put(jdbc, by, KIOSK, JSON.writeValueAsString(kioskMap(b.kiosk())));
    }

    static Map<String, Object> toMap(HubBasics b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hubName", b.hubName());
        m.put("timeZone", b.timeZone());
        m.put("currency", b.currency());
        kioskMap(b.kiosk()).forEach((k, v) -> m.put("kiosk." + k, v));
        return m;
    }

    private static Map<String, Object> kioskMap(KioskDefaults k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resultSeconds", k.resultSeconds());
        m.put("walkIns", k.walkIns());
        m.put("badgePrinting", k.badgePrinting());
        return m;
    }

    private static KioskDefaults kiosk(String json) {
        KioskDefaults d = KioskDefaults.DEFAULTS;
        if (json == null) {
            return d;
        }
        Map<?, ?> m = JSON.readValue(json, Map.class);
        // a knob missing from the row (added by a later release) takes its default
        return new KioskDefaults(m.get("resultSeconds") instanceof Number n ? n.intValue() : d.resultSeconds(),
                m.get("walkIns") instanceof Boolean w ? w : d.walkIns(),
                m.get("badgePrinting") instanceof Boolean p ? p : d.badgePrinting());
    }

    private static void put(JdbcClient jdbc, UUID by, String key, String value) {
        jdbc.sql("""
                INSERT INTO hub_settings (setting_key, setting_value, updated_at, updated_by) VALUES (?, ?, now(), ?)
                ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value, updated_at = now(),
                    updated_by = EXCLUDED.updated_by, version = hub_settings.version + 1""")
                .params(key, value, by).update();
    }
}
