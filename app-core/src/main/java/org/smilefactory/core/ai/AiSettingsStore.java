package org.smilefactory.core.ai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.settings.AiEndpoint;
import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one place the AI endpoints are read, checked and written ({@code hub_settings} keys {@code ai.*},
 * as {@link AiConfig} reads them), shared by {@link LocalSuggestionService#saveSettings} and the hub
 * settings form (decision 0025) so the two can never store them differently. Keys are stored as they
 * always were: as typed, in the row, readable only by the database roles that may read settings.
 */
public final class AiSettingsStore {

    /** A connection test waits at most this long, whatever the configured timeout: someone is watching. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(10);

    private AiSettingsStore() {
    }

    public static AiSettings read(JdbcClient jdbc) {
        AiConfig c = AiConfig.load(jdbc);
        return new AiSettings(c.embeddingUrl(), c.embeddingModel(), c.embeddingKey() != null,
                c.chatUrl(), c.chatModel(), c.chatKey() != null);
    }

    /** Adds the problems of {@code s} to {@code problems}, under the record's field names. */
    public static void validate(Problems problems, SaveAiSettings s) {
        problems.text("embeddingUrl", s.embeddingUrl(), 500).text("embeddingModel", s.embeddingModel(), 100)
                .text("chatUrl", s.chatUrl(), 500).text("chatModel", s.chatModel(), 100)
                .text("embeddingKey", s.embeddingKey(), 500).text("chatKey", s.chatKey(), 500);
        url(problems, "embeddingUrl", s.embeddingUrl());
        url(problems, "chatUrl", s.chatUrl());
    }

    /**
     * Writes {@code s} inside the caller's transaction.
     *
     * @return whether the embedding model changed, so the caller re-embeds ({@link #reembed}) after commit
     */
    public static boolean write(JdbcClient jdbc, UUID by, SaveAiSettings s) {
        String modelBefore = AiConfig.load(jdbc).embeddingModelName();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AiConfig.EMBEDDING_URL, s.embeddingUrl());
        values.put(AiConfig.EMBEDDING_MODEL, s.embeddingModel());
        values.put(AiConfig.CHAT_URL, s.chatUrl());
        values.put(AiConfig.CHAT_MODEL, s.chatModel());
        values.forEach((key, value) -> put(jdbc, by, key, value));
        if (s.embeddingKey() != null) {
            put(jdbc, by, AiConfig.EMBEDDING_KEY, s.embeddingKey());
        }
        if (s.chatKey() != null) {
            put(jdbc, by, AiConfig.CHAT_KEY, s.chatKey());
        }
        return !AiConfig.load(jdbc).embeddingModelName().equals(modelBefore);
    }

    /** Queues everything for embedding again (after the embedding model changed). */
    public static void reembed(CoreContext context) {
        EmbeddingIndex.of(context).requeueAll();
    }

    /** The audit view of the settings: never a key, only whether one is set. */
    public static Map<String, Object> describe(AiSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("embeddingUrl", s.embeddingUrl());
        m.put("embeddingModel", s.embeddingModel());
        m.put("embeddingKeySet", s.embeddingKeySet());
        m.put("chatUrl", s.chatUrl());
        m.put("chatModel", s.chatModel());
        m.put("chatKeySet", s.chatKeySet());
        return m;
    }

    /**
     * Calls the endpoint once, as the hub would use it: one short text to embed, or one short chat turn.
     *
     * @throws org.smilefactory.core.api.ValidationException no endpoint, or a malformed address
     */
    public static ConnectionCheck test(JdbcClient jdbc, TestAiEndpoint t, long startNanos) {
        Problems problems = new Problems().required("endpoint", t.endpoint()).required("url", t.url())
                .text("url", t.url(), 500).text("model", t.model(), 100).text("key", t.key(), 500);
        url(problems, "url", t.url());
        problems.throwIfAny();
        AiConfig stored = AiConfig.load(jdbc);
        boolean chat = t.endpoint() == AiEndpoint.CHAT;
        String key = t.key() != null ? t.key() : chat ? stored.chatKey() : stored.embeddingKey();
        String model = t.model() == null || t.model().isBlank()
                ? chat ? AiConfig.DEFAULT_CHAT_MODEL : AiConfig.DEFAULT_EMBEDDING_MODEL : t.model().strip();
        Duration timeout = stored.timeout().compareTo(TEST_TIMEOUT) < 0 ? stored.timeout() : TEST_TIMEOUT;
        String url = t.url().strip();
        try {
            String message;
            if (chat) {
                ChatModel.Answer answer = new OpenAiChatModel(url, key, model, timeout)
                        .complete(List.of(new ChatModel.Message("user", "Reply with OK.")));
                message = Messages.get("hubSettings.test.chatOk", model, answer.text() == null ? "" : abbreviate(answer.text()));
            } else {
                float[] vector = new OpenAiEmbeddingProvider(url, key, model, timeout).embed(List.of("connection test")).get(0);
                message = Messages.get("hubSettings.test.embeddingOk", model, vector.length);
            }
            return new ConnectionCheck(true, message, millisSince(startNanos));
        } catch (AiEndpointException e) {
            return new ConnectionCheck(false, e.getMessage(), millisSince(startNanos));
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String abbreviate(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    private static void put(JdbcClient jdbc, UUID by, String key, String value) {
        if (value == null || value.isBlank()) {
            jdbc.sql("DELETE FROM hub_settings WHERE setting_key = ?").params(key).update();
        } else {
            jdbc.sql("""
                    INSERT INTO hub_settings (setting_key, setting_value, updated_at, updated_by) VALUES (?, ?, now(), ?)
                    ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value, updated_at = now(),
                        updated_by = EXCLUDED.updated_by, version = hub_settings.version + 1""")
                    .params(key, value.strip(), by).update();
        }
    }

    private static void url(Problems problems, String field, String value) {
        if (value != null && !value.isBlank() && !value.strip().matches("(?i)https?://\\S+")) {
            problems.add(field, "invalid-url", Messages.get("ai.settings.invalidUrl"));
        }
    }
}
