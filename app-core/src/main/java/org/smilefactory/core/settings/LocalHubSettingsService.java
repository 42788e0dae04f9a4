package org.smilefactory.core.settings;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smilefactory.core.ai.AiSettingsStore;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.HubSettingsService;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/**
 * The local implementation of {@link HubSettingsService} (decision 0025). Everyone signed in reads the
 * basics; staff read the whole form; only admins save it or call out to an AI endpoint with the
 * stored key, because the hub's name, zone and endpoints are the admin's to decide (as the retention
 * periods are).
 */
public final class LocalHubSettingsService implements HubSettingsService {

    private final CoreContext ctx;
    private final Actor actor;

    public LocalHubSettingsService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
    }

    @Override
    public HubBasics basics() {
        actor.requireSignedIn();
        return HubSettingsStore.load(ctx.jdbc()).basics();
    }

    @Override
    public HubSettings settings() {
        actor.requireNotKiosk();
        actor.requireStaff();
        return read();
    }

    private HubSettings read() {
        HubSettingsStore.Stored s = HubSettingsStore.load(ctx.jdbc());
        HubBasics b = s.basics();
        return new HubSettings(b.hubName(), b.timeZone(), b.currency(), b.kiosk(), AiSettingsStore.read(ctx.jdbc()), s.version());
    }

    @Override
    public HubSettings save(SaveHubSettings s) {
        actor.requireNotKiosk();
        actor.requireAdmin();
        HubBasics basics = validate(s);
        boolean[] reembed = new boolean[1];
        ctx.tx().executeWithoutResult(tx -> {
            HubSettings before = read();
            HubSettingsStore.save(ctx.jdbc(), basics, s.version(), actor.memberId());
            if (s.ai() != null) {
                reembed[0] = AiSettingsStore.write(ctx.jdbc(), actor.memberId(), s.ai());
            }
            AuditLog.record(ctx.jdbc(), actor.memberId(), "hub.settings", "hub_settings", null, describe(before), describe(read()));
        });
        if (reembed[0]) {
            AiSettingsStore.reembed(ctx);
        }
        return read();
    }

    @Override
    public ConnectionCheck testConnection(TestAiEndpoint endpoint) {
        actor.requireNotKiosk();
        actor.requireAdmin();
        if (endpoint == null) {
            new Problems().required("endpoint", null).throwIfAny();
        }
        return AiSettingsStore.test(ctx.jdbc(), endpoint, System.nanoTime());
    }

    /** Every problem of the form at once, field by field; the cleaned values when there is none. */
    static HubBasics validate(SaveHubSettings s) {
        Problems problems = new Problems();
        if (s == null) {
            problems.required("settings", null).throwIfAny();
        }
        problems.requiredText("hubName", s.hubName(), 100).timeZone("timeZone", s.timeZone());
        // a region id from the list (Africa/Harare), not a bare offset: offsets do not follow daylight saving
        if (!problems.has("timeZone") && !java.time.ZoneId.getAvailableZoneIds().contains(s.timeZone().strip())) {
            problems.add("timeZone", "invalid-time-zone", Messages.get("validation.invalidTimeZone"));
        }
        currency(problems, s.currency());
        KioskDefaults k = s.kiosk();
        if (k == null) {
            problems.required("kiosk", null);
        } else {
            problems.range("kiosk.resultSeconds", k.resultSeconds(), KioskDefaults.MIN_RESULT_SECONDS, KioskDefaults.MAX_RESULT_SECONDS);
        }
        if (s.ai() != null) {
            AiSettingsStore.validate(problems, s.ai());
        }
        problems.throwIfAny();
        return new HubBasics(s.hubName().strip(), s.timeZone().strip(), s.currency().strip().toUpperCase(java.util.Locale.ROOT), k);
    }

    private static void currency(Problems problems, String code) {
        problems.required("currency", code);
        if (code == null || code.isBlank()) {
            return;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        boolean known = c.matches("[A-Z]{3}");
        if (known) {
            try {
                Currency.getInstance(c);
            } catch (IllegalArgumentException e) {
                known = false;
            }
        }
        if (!known) {
            problems.add("currency", "invalid-currency", Messages.get("hubSettings.invalidCurrency"));
        }
    }

    private static Map<String, Object> describe(HubSettings s) {
        Map<String, Object> m = new LinkedHashMap<>(HubSettingsStore.toMap(s.basics()));
        AiSettings ai = s.ai();
        AiSettingsStore.describe(ai).forEach((k, v) -> m.put("ai." + k, v));
        return m;
    }
}
