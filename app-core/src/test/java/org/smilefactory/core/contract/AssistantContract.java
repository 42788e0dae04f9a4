package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.Citation;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.api.profiles.ProfileVisibility;

/** The assistant without a language model configured: retrieval answers, citations, memory, ratings, AI off. */
public abstract class AssistantContract extends AiFixture {

    private Session asker;
    private Session other;
    private UUID sensorFounder;
    private UUID privateFounder;
    private UUID hiddenGroup;
    private UUID publicGroup;

    @BeforeAll
    void community() {
        asker = member("Anesu", "Asker", mentor(List.of("Marketing")), ProfileVisibility.PUBLIC, "Bulawayo",
                "I mentor founders on marketing.");
        other = member("Ottilia", "Other", mentor(List.of("Finance")), ProfileVisibility.PUBLIC, "Gweru", "Finance mentor.");
        sensorFounder = member("Tariro", "Sensors", agritechStartup(), ProfileVisibility.PUBLIC, "Harare",
                "We build soil moisture sensors for smallholder farmers.").member().id();
        privateFounder = member("Patience", "Hidden", agritechStartup(), ProfileVisibility.PRIVATE, "Harare",
                "We build soil moisture sensors for smallholder farmers.").member().id();
        publicGroup = group(sensorFounder, "Soil sensor builders", "Makers of soil moisture sensors for farmers", "public");
        hiddenGroup = group(sensorFounder, "Secret soil sensor cabal", "Makers of soil moisture sensors for farmers", "hidden");
        awaitIndexed(asker);
    }

    private static List<UUID> cited(AssistantReply r) {
        return r.answer().citations().stream().map(Citation::id).toList();
    }

    @Test
    void withoutAModelTheBuiltInAnswerListsAndCitesWhatTheMemberMaySee() {
        AssistantReply r = asker.assistant().ask(null, "Who builds soil moisture sensors for farmers?");
        assertThat(r.aiEnabled()).isTrue();
        assertThat(r.retrievalOnly()).isTrue();
        assertThat(r.conversationId()).isNotNull();
        assertThat(r.answer().role()).isEqualTo(AssistantMessage.Role.ASSISTANT);
        assertThat(cited(r)).contains(sensorFounder, publicGroup).doesNotContain(privateFounder, hiddenGroup);
        Citation founder = r.answer().citations().stream().filter(c -> c.id().equals(sensorFounder)).findFirst().orElseThrow();
        assertThat(founder.kind()).isEqualTo(ItemKind.PROFILE);
        assertThat(founder.title()).isEqualTo("Tariro Sensors");
        assertThat(r.answer().content()).contains("Tariro Sensors").contains("no language model is configured");
        assertThat(r.answer().content()).doesNotContain("Patience").doesNotContain("Secret soil sensor cabal");
    }

    @Test
    void aGroupMemberMayBeToldAboutTheirHiddenGroup() {
        joinGroup(hiddenGroup, other.member().id());
        AssistantReply r = other.assistant().ask(null, "soil moisture sensors makers group for farmers");
        assertThat(cited(r)).contains(hiddenGroup);
    }

    @Test
    void conversationsRememberTheirMessagesAndBelongToTheirMember() {
        AssistantReply first = asker.assistant().ask(null, "Any agritech founders in Harare?");
        AssistantReply second = asker.assistant().ask(first.conversationId(), "And groups about soil sensors?");
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        List<AssistantMessage> messages = asker.assistant().messages(first.conversationId());
        assertThat(messages).extracting(AssistantMessage::role).containsExactly(AssistantMessage.Role.USER,
                AssistantMessage.Role.ASSISTANT, AssistantMessage.Role.USER, AssistantMessage.Role.ASSISTANT);
        assertThat(messages.get(0).content()).isEqualTo("Any agritech founders in Harare?");
        assertThat(messages.get(3).citations()).isEqualTo(second.answer().citations());
        assertThat(asker.assistant().conversations()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(first.conversationId());
            assertThat(c.title()).isEqualTo("Any agritech founders in Harare?");
            assertThat(c.messages()).isEqualTo(4);
        });
        assertThatThrownBy(() -> other.assistant().messages(first.conversationId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.assistant().ask(first.conversationId(), "hello")).isInstanceOf(NotFoundException.class);
        assertThat(other.assistant().conversations()).noneMatch(c -> c.id().equals(first.conversationId()));
    }

    @Test
    void aBlankOrHugeQuestionIsRefusedAndNothingIsStored() {
        int before = asker.assistant().conversations().size();
        ValidationException blank = catchThrowableOfType(ValidationException.class, () -> asker.assistant().ask(null, "  "));
        assertThat(blank.violationOf("question")).isPresent();
        ValidationException huge = catchThrowableOfType(ValidationException.class,
                () -> asker.assistant().ask(null, "x".repeat(2001)));
        assertThat(huge.violationOf("question")).isPresent();
        assertThat(asker.assistant().conversations()).hasSize(before);
    }

    @Test
    void answersAreRatedOneToFiveAndTheRatingIsRecorded() {
        AssistantReply r = asker.assistant().ask(null, "soil sensors");
        AssistantMessage rated = asker.assistant().rate(r.answer().id(), 4);
        assertThat(rated.rating()).isEqualTo(4);
        assertThat(asker.assistant().rate(r.answer().id(), 5).rating()).isEqualTo(5);
        assertThat(jdbc().sql("""
                SELECT user_satisfaction_rating FROM ai_analytics WHERE event_type = 'assistant_rating'
                  AND event_data ->> 'messageId' = ?""").params(r.answer().id().toString()).query(Integer.class).list())
                .containsExactly(5);
        assertThat(jdbc().sql("""
                SELECT count(*) FROM ai_analytics WHERE event_type = 'assistant_answer' AND response_time_ms IS NOT NULL
                  AND tokens_used IS NOT NULL AND event_data ->> 'messageId' = ?""").params(r.answer().id().toString())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(catchThrowableOfType(ValidationException.class, () -> asker.assistant().rate(r.answer().id(), 6))
                .violationOf("stars")).isPresent();
        assertThat(catchThrowableOfType(ValidationException.class, () -> asker.assistant().rate(r.question().id(), 3))
                .violationOf("messageId")).isPresent();
        assertThatThrownBy(() -> other.assistant().rate(r.answer().id(), 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aiOffMeansNoAnswerAndNothingStored() {
        Session off = member("Oscar", "Off", mentor(List.of("Law")), ProfileVisibility.PUBLIC, "Harare", "Lawyer.");
        AiPreferences prefs = off.assistant().preferences();
        assertThat(prefs.aiEnabled()).isTrue();
        assertThat(prefs.responseStyle()).isEqualTo(ResponseStyle.BALANCED);
        AiPreferences saved = off.assistant().savePreferences(false, ResponseStyle.CONCISE, prefs.version());
        assertThat(saved.aiEnabled()).isFalse();
        assertThat(saved.responseStyle()).isEqualTo(ResponseStyle.CONCISE);
        assertThatThrownBy(() -> off.assistant().savePreferences(true, ResponseStyle.CONCISE, prefs.version()))
                .isInstanceOf(ConflictException.class);
        AssistantReply r = off.assistant().ask(null, "soil sensors");
        assertThat(r.aiEnabled()).isFalse();
        assertThat(r.answer()).isNull();
        assertThat(r.notice()).contains("AI is off");
        assertThat(off.assistant().conversations()).isEmpty();
        assertThat(jdbc().sql("SELECT count(*) FROM ai_analytics WHERE user_id = ?").params(off.member().id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aConciseStyleCitesFewerItems() {
        Session concise = member("Chipo", "Concise", mentor(List.of("Agritech")), ProfileVisibility.PUBLIC, "Harare", "Mentor.");
        concise.assistant().savePreferences(true, ResponseStyle.CONCISE, 0);
        assertThat(concise.assistant().ask(null, "soil moisture sensors for farmers").answer().citations()).hasSizeLessThanOrEqualTo(3);
    }
}
