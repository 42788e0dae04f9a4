package org.smilefactory.core.ai;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hub's AI endpoints, from {@code hub_settings} (keys {@code ai.*}). Absent keys mean the
 * built-in offline behaviour. Read per use (one small query), so a change made on another machine
 * of the same hub takes effect without a restart.
 */
record AiConfig(String embeddingUrl, String embeddingModel, String embeddingKey,
                String chatUrl, String chatModel, String chatKey, Duration timeout) {

    static final String EMBEDDING_URL = "ai.embedding.url";
    static final String EMBEDDING_MODEL = "ai.embedding.model";
    static final String EMBEDDING_KEY = "ai.embedding.key";
    static final String CHAT_URL = "ai.chat.url";
    static final String CHAT_MODEL = "ai.chat.model";
    static final String CHAT_KEY = "ai.chat.key";
    static final String TIMEOUT_SECONDS = "ai.timeout.seconds";

    static final String DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";
    static final String DEFAULT_CHAT_MODEL = "gpt-4o-mini";

    static AiConfig load(JdbcClient jdbc) {
        Map<String, String> s = new HashMap<>();
        jdbc.sql("SELECT setting_key, setting_value FROM hub_settings WHERE setting_key LIKE 'ai.%'")
                .query((rs, n) -> s.put(rs.getString(1), rs.getString(2))).list();
        long seconds = 30;
        try {
            seconds = Long.parseLong(s.getOrDefault(TIMEOUT_SECONDS, "30").strip());
        } catch (NumberFormatException ignored) {
            // keep the default
        }
        return new AiConfig(blankToNull(s.get(EMBEDDING_URL)), orDefault(s.get(EMBEDDING_MODEL), DEFAULT_EMBEDDING_MODEL),
                blankToNull(s.get(EMBEDDING_KEY)), blankToNull(s.get(CHAT_URL)), orDefault(s.get(CHAT_MODEL), DEFAULT_CHAT_MODEL),
                blankToNull(s.get(CHAT_KEY)), Duration.ofSeconds(Math.max(1, seconds)));
    }

    /** The provider vectors are made with; the shared local model unless an endpoint is configured. */
    EmbeddingProvider embeddingProvider() {
        if (embeddingUrl == null) {
            return MiniLmEmbeddingProvider.shared();
        }
        return new OpenAiEmbeddingProvider(embeddingUrl, embeddingKey, embeddingModel, timeout);
    }

    /** The name stored with vectors of the configured provider, known without calling it. */
    String embeddingModelName() {
        return embeddingUrl == null ? MiniLmEmbeddingProvider.MODEL : "openai:" + embeddingModel;
    }

    /** The configured language model, or null for the built-in retrieval answer. */
    ChatModel chatClient() {
        return chatUrl == null ? null : new OpenAiChatModel(chatUrl, chatKey, chatModel, timeout);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String orDefault(String v, String d) {
        return v == null || v.isBlank() ? d : v.strip();
    }
}
