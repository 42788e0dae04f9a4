package org.smilefactory.core.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.api.ai.SuggestionSection;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.ai.Suggestions;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The local implementation of {@link SuggestionService}, acting as and authorised for one actor. */
public final class LocalSuggestionService implements SuggestionService {

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalSuggestionService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    private EmbeddingIndex index() {
        return EmbeddingIndex.of(context);
    }

    @Override
    public Suggestions suggest(SuggestionQuery query) {
        actor.requireNotKiosk();
        new Problems().range("limit", query.limit(), 1, SuggestionQuery.MAX_LIMIT).throwIfAny();
        UUID target = query.memberId() == null ? actor.memberId() : query.memberId();
        if (!actor.is(target)) {
            actor.requireStaff();
        }
        Map<UUID, MemberFacts> loaded = MemberFacts.load(jdbc, List.of(target));
        boolean exists = jdbc.sql("SELECT count(*) FROM personal_details WHERE user_id = ? AND deleted_at IS NULL")
                .params(target).query(Long.class).single() > 0;
        if (!exists || !loaded.containsKey(target)) {
            throw new NotFoundException(Messages.get("profiles.notFound"));
        }
        MemberFacts me = loaded.get(target);
        // AI off means no AI for the actor's own requests, and none run on behalf of a member who turned it off.
        if (!AiPreferencesStore.load(jdbc, actor.memberId()).aiEnabled() || !AiPreferencesStore.load(jdbc, target).aiEnabled()) {
            return new Suggestions(target, me.name(), false, null, List.of(), Messages.get("ai.off"));
        }
        AiConfig config = AiConfig.load(jdbc);
        if (me.type() == null) {
            return new Suggestions(target, me.name(), true, config.embeddingModelName(), List.of(),
                    Messages.get(actor.is(target) ? "ai.suggest.noProfile" : "ai.suggest.noProfileOther", me.name()));
        }
        EmbeddingIndex index = index();
        float[] vector;
        try {
            vector = memberVector(index, config, target);
        } catch (AiEndpointException e) {
            return new Suggestions(target, me.name(), true, config.embeddingModelName(), List.of(), e.getMessage());
        }
        Matcher matcher = new Matcher(jdbc, index, config.embeddingModelName(), context.clock().instant());
        List<SuggestionKind> kinds = new ArrayList<>(Matcher.kindsFor(me.type()));
        if (!query.kinds().isEmpty()) {
            kinds.retainAll(query.kinds());
        }
        List<SuggestionSection> sections = new ArrayList<>();
        for (SuggestionKind kind : kinds) {
            sections.add(new SuggestionSection(kind, matcher.section(me, vector, kind, query.limit(), Matcher.SEMANTIC_WEIGHT)));
        }
        long pending = jdbc.sql("SELECT count(*) FROM ai_embedding_queue").query(Long.class).single();
        return new Suggestions(target, me.name(), true, config.embeddingModelName(), sections,
                pending > 0 ? Messages.get("ai.suggest.indexing", pending) : null);
    }

    /**
     * The member's profile vector for the current text: the stored one when it is current, else
     * embedded now (one text), so a member who just edited their profile gets suggestions for what
     * they wrote, not for what the background worker last saw.
     */
    static float[] memberVector(EmbeddingIndex index, AiConfig config, UUID member) {
        HubItems.ItemText text = HubItems.texts(index.jdbc(), ItemKind.PROFILE, List.of(member)).get(member);
        String model = config.embeddingModelName();
        String hash = EmbeddingIndex.hash(model, text.text());
        float[] stored = index.stored(ItemKind.PROFILE, member, model, hash);
        return stored != null ? stored : config.embeddingProvider().embed(List.of(text.text())).get(0);
    }

    @Override
    public IndexStatus indexStatus() {
        actor.requireNotKiosk();
        return index().status();
    }

    @Override
    public AiSettings settings() {
        actor.requireStaff();
        return AiSettingsStore.read(jdbc);
    }

    @Override
    public AiSettings saveSettings(SaveAiSettings s) {
        actor.requireStaff();
        Problems problems = new Problems();
        AiSettingsStore.validate(problems, s);
        problems.throwIfAny();
        boolean[] reembed = new boolean[1];
        context.tx().executeWithoutResult(tx -> {
            AiSettings before = AiSettingsStore.read(jdbc);
            reembed[0] = AiSettingsStore.write(jdbc, actor.memberId(), s);
            AuditLog.record(jdbc, actor.memberId(), "ai.settings", "hub_settings", null,
                    AiSettingsStore.describe(before), AiSettingsStore.describe(AiSettingsStore.read(jdbc)));
        });
        if (reembed[0]) {
            AiSettingsStore.reembed(context);
        }
        return settings();
    }
}
