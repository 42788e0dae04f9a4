package org.smilefactory.core.ai;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.accounts.Authenticator;
import org.smilefactory.core.ai.ask.HubFactWords;
import org.smilefactory.core.ai.ask.Question;
import org.smilefactory.core.ai.ask.QuestionReader;
import org.smilefactory.core.ai.facts.Places;
import org.smilefactory.core.ai.facts.SectorTaxonomy;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.ai.Citation;
import org.smilefactory.core.api.ai.ConversationSummary;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local implementation of {@link AssistantService}: retrieval over the items the member may
 * see (the same index and visibility rules as suggestions), then either the configured
 * OpenAI-compatible chat model, given the retrieved items as context, or the built-in answer that
 * lists and explains them and says it is retrieval only.
 */
public final class LocalAssistantService implements AssistantService {

    /** Items below this similarity are not relevant enough to cite. */
    static final double MIN_SIMILARITY = 0.2;
    private static final int HISTORY = 6;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalAssistantService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    @Override
    public AssistantReply ask(UUID conversationId, String question) {
        actor.requireNotKiosk();
        new Problems().requiredText("question", question, MAX_QUESTION_LENGTH).throwIfAny();
        UUID me = actor.memberId();
        if (conversationId != null) {
            requireOwnConversation(conversationId);
        }
        AiPreferences prefs = AiPreferencesStore.load(jdbc, me);
        if (!prefs.aiEnabled()) {
            return new AssistantReply(conversationId, null, null, false, true, Messages.get("ai.off"));
        }
        long started = System.nanoTime();
        String q = question.strip();
        Instant now = context.clock().instant();
        UUID conversation = conversationId;
        if (conversation == null) {
            conversation = Ids.next();
            jdbc.sql("""
                    INSERT INTO ai_conversations (id, user_id, status, context_data, started_at, created_at, updated_at)
                    VALUES (?, ?, 'active', CAST(? AS jsonb), ?, ?, ?)""")
                    .params(conversation, me, JSON.writeValueAsString(Map.of("title", title(q))),
                            Timestamp.from(now), Timestamp.from(now), Timestamp.from(now)).update();
        }
        List<ChatModel.Message> history = history(conversation);

        AiConfig config = AiConfig.load(jdbc);
        EmbeddingIndex index = EmbeddingIndex.of(context);
        String notice = null;
        float[] qv = null;
        List<Retrieved> retrieved = List.of();
        Question understood = new QuestionReader(Locale.getDefault(), HubFactWords.shared()).read(q, now.atZone(hubZone()));
        try {
            qv = config.embeddingProvider().embed(List.of(q)).get(0);
            retrieved = understood.target() == null && !understood.constrained()
                    ? retrieve(index, config.embeddingModelName(), qv, me, limitFor(prefs.responseStyle()))
                    : new AssistantRetrieval(index, SectorTaxonomy.shared(), Places.shared())
                            .retrieve(understood, config.embeddingModelName(), qv, me, limitFor(prefs.responseStyle()), now);
        } catch (AiEndpointException e) {
            notice = e.getMessage();
        }
        UUID questionId = Ids.next();
        jdbc.sql("""
                INSERT INTO ai_conversation_messages (id, conversation_id, role, content, content_embedding, embedding_model,
                    embedding_dimension, "timestamp") VALUES (?, ?, 'user', ?, ?, ?, ?, ?)""")
                .params(questionId, conversation, q, qv, qv == null ? null : config.embeddingModelName(),
                        qv == null ? null : qv.length, Timestamp.from(now)).update();

        String answer = null;
        int tokens = 0;
        boolean retrievalOnly = true;
        ChatModel chat = config.chatClient();
        if (chat != null && notice == null) {
            try {
                ChatModel.Answer a = chat.complete(prompt(prefs.responseStyle(), understood, retrieved, history, q));
                answer = a.text();
                tokens = a.tokens();
                retrievalOnly = false;
            } catch (AiEndpointException e) {
                notice = Messages.get("ai.assistant.modelFailed", e.getMessage());
            }
        }
        if (answer == null) {
            answer = BuiltInAnswer.write(q, understood, retrieved, prefs.responseStyle(), chat != null);
        }
        int elapsed = (int) ((System.nanoTime() - started) / 1_000_000);
        List<Citation> citations = retrieved.stream().map(Retrieved::citation).toList();
        UUID answerId = Ids.next();
        Instant answeredAt = context.clock().instant();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("citations", citations.stream().map(LocalAssistantService::citationMap).toList());
        meta.put("retrievalOnly", retrievalOnly);
        meta.put("understood", understoodMap(understood));
        meta.put("embeddingModel", config.embeddingModelName());
        if (!retrievalOnly) {
            meta.put("chatModel", config.chatModel());
        }
        final int usedTokens = tokens;
        final String answerText = answer;
        final UUID conv = conversation;
        final boolean onlyRetrieval = retrievalOnly;
        context.tx().executeWithoutResult(tx -> {
            jdbc.sql("""
                    INSERT INTO ai_conversation_messages (id, conversation_id, role, content, tokens_used, response_time_ms,
                        "timestamp", metadata) VALUES (?, ?, 'assistant', ?, ?, ?, ?, CAST(? AS jsonb))""")
                    .params(answerId, conv, answerText, usedTokens, elapsed,
                            Timestamp.from(answeredAt.isAfter(now) ? answeredAt : now.plusMillis(1)),
                            JSON.writeValueAsString(meta)).update();
            jdbc.sql("UPDATE ai_conversations SET total_tokens = total_tokens + ?, updated_at = ? WHERE id = ?")
                    .params(usedTokens, Timestamp.from(answeredAt), conv).update();
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("conversationId", conv.toString());
            event.put("messageId", answerId.toString());
            event.put("citations", citations.size());
            event.put("retrievalOnly", onlyRetrieval);
            jdbc.sql("""
                    INSERT INTO ai_analytics (id, user_id, event_type, event_data, response_time_ms, tokens_used, created_at)
                    VALUES (?, ?, 'assistant_answer', CAST(? AS jsonb), ?, ?, now())""")
                    .params(Ids.next(), me, JSON.writeValueAsString(event), elapsed, usedTokens).update();
        });
        AssistantMessage questionMessage = new AssistantMessage(questionId, conversation, AssistantMessage.Role.USER, q,
                List.of(), now, null);
        AssistantMessage answerMessage = new AssistantMessage(answerId, conversation, AssistantMessage.Role.ASSISTANT,
                answer, citations, answeredAt, null);
        return new AssistantReply(conversation, questionMessage, answerMessage, true, retrievalOnly, notice);
    }

    private static String title(String q) {
        return q.length() <= 80 ? q : q.substring(0, 79) + "…";
    }

    private ZoneId hubZone() {
        String zone = jdbc.sql("SELECT setting_value FROM hub_settings WHERE setting_key = ?")
                .params(Authenticator.SETTING_TIME_ZONE).query(String.class).optional().orElse("Africa/Harare");
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("Africa/Harare");
        }
    }

    /** What the question was understood to ask, kept with the answer (for the evaluation and for support). */
    private static Map<String, Object> understoodMap(Question u) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (u.target() != null) {
            m.put("kind", u.target().name());
        }
        if (!u.subtypes().isEmpty()) {
            m.put("subtypes", List.copyOf(u.subtypes()));
        }
        if (!u.stages().isEmpty()) {
            m.put("stages", List.copyOf(u.stages()));
        }
        if (!u.sectors().isEmpty()) {
            m.put("sectors", List.copyOf(u.sectors()));
        }
        if (!u.places().isEmpty()) {
            m.put("places", List.copyOf(u.places()));
        }
        if (u.from() != null) {
            m.put("from", u.from().toString());
            m.put("until", u.until().toString());
        }
        if (u.free()) {
            m.put("free", true);
        }
        if (u.maxPrice() != null) {
            m.put("maxPrice", u.maxPrice().toPlainString());
        }
        return m;
    }

    static int limitFor(ResponseStyle style) {
        switch (style) {
            case CONCISE:
                return 3;
            case DETAILED:
                return 8;
            default:
                return 5;
        }
    }

    /** A retrieved item: what is cited and what the model (or the built-in answer) is told about it. */
    record Retrieved(ItemKind kind, UUID id, String title, String text, double similarity) {
        /** The text without the title it starts with (the embedded text leads with the name). */
        String body() {
            return title != null && !title.isEmpty() && text.startsWith(title + ". ") ? text.substring(title.length() + 2) : text;
        }

        Citation citation() {
            String body = body();
            String snippet = body.length() <= 200 ? body : body.substring(0, 199) + "…";
            return new Citation(kind, id, title, snippet);
        }
    }

    /** The most similar items of every kind the member may see, best first. */
    static List<Retrieved> retrieve(EmbeddingIndex index, String model, float[] qv, UUID viewer, int limit) {
        JdbcClient jdbc = index.jdbc();
        List<Retrieved> all = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            List<EmbeddingIndex.Hit> hits = index.search(kind, model, qv, Set.of(), Math.max(limit * 8, 40));
            Map<UUID, Double> sim = new HashMap<>();
            for (EmbeddingIndex.Hit h : hits) {
                if (h.similarity() >= MIN_SIMILARITY) {
                    sim.put(h.id(), (double) h.similarity());
                }
            }
            Set<UUID> visible = HubItems.visible(jdbc, kind, viewer, sim.keySet());
            if (visible.isEmpty()) {
                continue;
            }
            Map<UUID, HubItems.ItemText> texts = HubItems.texts(jdbc, kind, new ArrayList<>(visible));
            Map<UUID, String> titles = titles(jdbc, kind, visible);
            for (UUID id : visible) {
                HubItems.ItemText t = texts.get(id);
                if (t != null) {
                    all.add(new Retrieved(kind, id, titles.getOrDefault(id, ""), t.text(), sim.get(id)));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Retrieved::similarity).reversed().thenComparing(Retrieved::id));
        return all.size() <= limit ? all : new ArrayList<>(all.subList(0, limit));
    }

    static Map<UUID, String> titles(JdbcClient jdbc, ItemKind kind, Set<UUID> ids) {
        String sql;
        switch (kind) {
            case PROFILE:
                sql = "SELECT user_id, full_name FROM personal_details WHERE user_id = ANY(:ids)";
                break;
            case POST:
                sql = "SELECT post_id, coalesce(title, left(content, 80)) FROM posts WHERE post_id = ANY(:ids)";
                break;
            case EVENT:
                sql = "SELECT id, title FROM events WHERE id = ANY(:ids)";
                break;
            case GROUP:
                sql = "SELECT id, name FROM groups WHERE id = ANY(:ids)";
                break;
            default:
                sql = "SELECT id, title FROM marketplace_listings WHERE id = ANY(:ids)";
                break;
        }
        Map<UUID, String> out = new HashMap<>();
        jdbc.sql(sql).param("ids", ids.toArray(new UUID[0]))
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return out;
    }

    private List<ChatModel.Message> history(UUID conversation) {
        List<ChatModel.Message> all = jdbc.sql("""
                        SELECT role, content FROM ai_conversation_messages WHERE conversation_id = ?
                        ORDER BY "timestamp" DESC, id DESC LIMIT ?""")
                .params(conversation, HISTORY)
                .query((rs, n) -> new ChatModel.Message(rs.getString(1), rs.getString(2))).list();
        List<ChatModel.Message> ordered = new ArrayList<>(all);
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    /** The system prompt, the retrieved items as numbered context, the recent conversation and the question. */
    static List<ChatModel.Message> prompt(ResponseStyle style, Question understood, List<Retrieved> items,
                                          List<ChatModel.Message> history, String q) {
        StringBuilder ctx = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Retrieved r = items.get(i);
            ctx.append('[').append(i + 1).append("] ").append(r.kind().name().toLowerCase()).append(": ").append(r.title())
                    .append(" — ").append(r.body()).append('\n');
        }
        String system = Messages.get("ai.assistant.systemPrompt", Messages.get("ai.assistant.style." + style.name().toLowerCase()))
                + (understood.target() == null && !understood.constrained() ? ""
                        : "\n" + Messages.get("ai.assistant.understood", BuiltInAnswer.describe(understood)))
                + "\n\n" + Messages.get("ai.assistant.contextHeader") + "\n"
                + (items.isEmpty() ? Messages.get("ai.assistant.noContext") : ctx.toString());
        List<ChatModel.Message> messages = new ArrayList<>();
        messages.add(new ChatModel.Message("system", system));
        messages.addAll(history);
        messages.add(new ChatModel.Message("user", q));
        return messages;
    }

    private static Map<String, Object> citationMap(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().name());
        m.put("id", c.id().toString());
        m.put("title", c.title());
        m.put("snippet", c.snippet());
        return m;
    }

    private void requireOwnConversation(UUID conversationId) {
        boolean mine = jdbc.sql("SELECT count(*) FROM ai_conversations WHERE id = ? AND user_id = ?")
                .params(conversationId, actor.memberId()).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotFoundException(Messages.get("ai.assistant.conversationNotFound"));
        }
    }

    @Override
    public List<ConversationSummary> conversations() {
        actor.requireNotKiosk();
        return jdbc.sql("""
                        SELECT id, context_data ->> 'title', started_at, updated_at, total_messages FROM ai_conversations
                        WHERE user_id = ? ORDER BY updated_at DESC, id DESC LIMIT 100""")
                .params(actor.memberId())
                .query((rs, n) -> new ConversationSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
                .list();
    }

    @Override
    public List<AssistantMessage> messages(UUID conversationId) {
        actor.requireNotKiosk();
        requireOwnConversation(conversationId);
        return jdbc.sql("""
                        SELECT id, role, content, "timestamp", metadata::text FROM ai_conversation_messages
                        WHERE conversation_id = ? AND role <> 'system' ORDER BY "timestamp", id""")
                .params(conversationId)
                .query((rs, n) -> message(rs.getObject(1, UUID.class), conversationId, rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    private static AssistantMessage message(UUID id, UUID conversation, String role, String content, Instant at, String metadata) {
        List<Citation> citations = new ArrayList<>();
        Integer rating = null;
        if (metadata != null) {
            JsonNode meta = JSON.readTree(metadata);
            for (JsonNode c : meta.path("citations")) {
                citations.add(new Citation(ItemKind.valueOf(c.path("kind").asString()), UUID.fromString(c.path("id").asString()),
                        c.path("title").asString(), c.path("snippet").asString()));
            }
            if (meta.path("rating").isNumber()) {
                rating = meta.path("rating").asInt();
            }
        }
        return new AssistantMessage(id, conversation, "user".equals(role) ? AssistantMessage.Role.USER : AssistantMessage.Role.ASSISTANT,
                content, citations, at, rating);
    }

    @Override
    public AssistantMessage rate(UUID messageId, int stars) {
        actor.requireNotKiosk();
        Problems problems = new Problems().range("stars", stars, 1, 5);
        problems.throwIfAny();
        record Row(UUID conversation, String role) {
        }
        Row row = jdbc.sql("""
                        SELECT m.conversation_id, m.role FROM ai_conversation_messages m JOIN ai_conversations c ON c.id = m.conversation_id
                        WHERE m.id = ? AND c.user_id = ?""")
                .params(messageId, actor.memberId()).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional().orElseThrow(() -> new NotFoundException(Messages.get("ai.assistant.messageNotFound")));
        if (!"assistant".equals(row.role())) {
            new Problems().add("messageId", "not-an-answer", Messages.get("ai.assistant.rateOnlyAnswers")).throwIfAny();
        }
        context.tx().executeWithoutResult(tx -> {
            jdbc.sql("""
                    UPDATE ai_conversation_messages SET metadata = jsonb_set(coalesce(metadata, '{}'::jsonb), '{rating}', to_jsonb(?::int))
                    WHERE id = ?""").params(stars, messageId).update();
            jdbc.sql("DELETE FROM ai_analytics WHERE user_id = ? AND event_type = 'assistant_rating' AND event_data ->> 'messageId' = ?")
                    .params(actor.memberId(), messageId.toString()).update();
            jdbc.sql("""
                    INSERT INTO ai_analytics (id, user_id, event_type, event_data, user_satisfaction_rating, created_at)
                    VALUES (?, ?, 'assistant_rating', CAST(? AS jsonb), ?, now())""")
                    .params(Ids.next(), actor.memberId(),
                            JSON.writeValueAsString(Map.of("messageId", messageId.toString(), "conversationId", row.conversation().toString())),
                            stars).update();
        });
        return messages(row.conversation()).stream().filter(m -> m.id().equals(messageId)).findFirst().orElseThrow();
    }

    @Override
    public AiPreferences preferences() {
        actor.requireNotKiosk();
        return AiPreferencesStore.load(jdbc, actor.memberId());
    }

    @Override
    public AiPreferences savePreferences(boolean aiEnabled, ResponseStyle responseStyle, long expectedVersion) {
        actor.requireNotKiosk();
        new Problems().required("responseStyle", responseStyle).throwIfAny();
        return AiPreferencesStore.save(jdbc, actor.memberId(), aiEnabled, responseStyle, expectedVersion);
    }
}
