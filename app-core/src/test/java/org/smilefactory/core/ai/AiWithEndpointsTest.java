package org.smilefactory.core.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.profiles.*;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The local backend with OpenAI-compatible endpoints configured (MockWebServer as the model server):
 * the retrieved context goes to the chat model, failures and timeouts fall back to the built-in
 * answer with a clear notice, text changes are re-embedded in the background, and a model change
 * re-embeds everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AiWithEndpointsTest {

    private LocalBackend backend;
    private Session admin;
    private JdbcClient jdbc;
    private MockWebServer server;

    @BeforeAll
    void open() throws Exception {
        backend = (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        jdbc = backend.context().jdbc();
        server = new MockWebServer();
        server.start();
    }

    @AfterAll
    void close() {
        server.close();
        backend.close();
    }

    private Session founder(String first, String bio) {
        Session s = Hubs.member(backend, admin, Role.USER, first, "Founder");
        ProfileView v = s.profiles().mine();
        InnovatorDetails d = new InnovatorDetails("Agritech", InnovationStage.MVP, first + " Labs", bio,
                new BigDecimal("50000.00"), 4, "Subscription", "Farmers", "Cheap");
        v = s.profiles().save(new SaveProfile(v.memberId(), v.version(), first, "Founder", first, Gender.FEMALE, "+263", "77 123 4567",
                bio, "Harare", ProfileType.INNOVATOR, ProfileVisibility.PUBLIC, d));
        s.profiles().publish(v.memberId(), v.version());
        return s;
    }

    private void setChat(String url) {
        admin.suggestions().saveSettings(new SaveAiSettings(null, null, null, url, "test-model", "sk-chat"));
    }

    private void awaitIndexed() {
        assertThat(EmbeddingIndex.of(backend.context()).awaitIdle(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void theRetrievedContextGoesToTheChatModelAndItsAnswerIsStored() throws Exception {
        UUID tariro = founder("Tariro", "Soil moisture sensors for smallholder farmers").member().id();
        Session asker = Hubs.member(backend, admin, Role.USER, "Asker", "One");
        awaitIndexed();
        setChat(server.url("/").toString());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("""
                {"choices":[{"message":{"role":"assistant","content":"Tariro Founder builds soil sensors [1]."}}],
                 "usage":{"total_tokens":321}}""").build());
        AssistantReply r = asker.assistant().ask(null, "Who makes soil sensors?");
        assertThat(r.retrievalOnly()).isFalse();
        assertThat(r.notice()).isNull();
        assertThat(r.answer().content()).isEqualTo("Tariro Founder builds soil sensors [1].");
        assertThat(r.answer().citations()).extracting(c -> c.id()).contains(tariro);

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        JsonNode body = OpenAiHttp.JSON.readTree(request.getBody().utf8());
        assertThat(body.path("model").asString()).isEqualTo("test-model");
        String system = body.path("messages").get(0).path("content").asString();
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(system).contains("[1] profile: Tariro Founder").contains("Soil moisture sensors");
        JsonNode last = body.path("messages").get(body.path("messages").size() - 1);
        assertThat(last.path("role").asString()).isEqualTo("user");
        assertThat(last.path("content").asString()).isEqualTo("Who makes soil sensors?");
        assertThat(jdbc.sql("SELECT total_tokens FROM ai_conversations WHERE id = ?").params(r.conversationId())
                .query(Integer.class).single()).isEqualTo(321);
        assertThat(jdbc.sql("SELECT tokens_used FROM ai_analytics WHERE event_type = 'assistant_answer' AND event_data ->> 'messageId' = ?")
                .params(r.answer().id().toString()).query(Integer.class).single()).isEqualTo(321);

        // a follow-up carries the conversation so far
        server.enqueue(new MockResponse.Builder().code(200).body("{\"choices\":[{\"message\":{\"content\":\"Yes.\"}}]}").build());
        asker.assistant().ask(r.conversationId(), "Are they in Harare?");
        JsonNode second = OpenAiHttp.JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(second.path("messages").toString()).contains("Who makes soil sensors?").contains("Tariro Founder builds soil sensors [1].");

        // a failing model: the built-in answer, and a notice that says why
        server.enqueue(new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"model crashed\"}}").build());
        AssistantReply failed = asker.assistant().ask(null, "Who makes soil sensors?");
        assertThat(failed.retrievalOnly()).isTrue();
        assertThat(failed.notice()).contains("HTTP 500").contains("model crashed").contains("built-in answer");
        assertThat(failed.answer().content()).contains("Tariro Founder");
        assertThat(failed.answer().citations()).extracting(c -> c.id()).contains(tariro);

        // a model that does not answer in time
        jdbc.sql("INSERT INTO hub_settings (setting_key, setting_value) VALUES ('ai.timeout.seconds', '1')").update();
        try {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(4, TimeUnit.SECONDS).build());
            AssistantReply slow = asker.assistant().ask(null, "Who makes soil sensors?");
            assertThat(slow.retrievalOnly()).isTrue();
            assertThat(slow.notice()).contains("did not answer in time");
            assertThat(slow.answer().content()).contains("Tariro Founder");
        } finally {
            jdbc.sql("DELETE FROM hub_settings WHERE setting_key = 'ai.timeout.seconds'").update();
            setChat(null);
        }
    }

    @Test
    void editsAreReEmbeddedInTheBackgroundAndUnchangedTextIsNot() {
        Session s = founder("Rudo", "Solar water pumps for irrigation");
        UUID id = s.member().id();
        awaitIndexed();
        String hash = jdbc.sql("SELECT content_hash FROM content_embeddings WHERE content_id = ?").params(id).query(String.class).single();
        // a sign-in touches personal_details but not the embedded text: nothing is queued
        backend.signIn(s.member().email(), Hubs.MEMBER_PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM ai_embedding_queue WHERE content_id = ?").params(id).query(Long.class).single()).isZero();
        ProfileView v = s.profiles().mine();
        s.profiles().save(new SaveProfile(v.memberId(), v.version(), v.firstName(), v.lastName(), v.profileName(), Gender.FEMALE,
                "+263", "77 123 4567", "Now building drones for crop spraying", "Harare", ProfileType.INNOVATOR,
                ProfileVisibility.PUBLIC, v.details()));
        awaitIndexed();
        String after = jdbc.sql("SELECT content_hash FROM content_embeddings WHERE content_id = ?").params(id).query(String.class).single();
        assertThat(after).isNotEqualTo(hash);
    }

    @Test
    void changingTheEmbeddingModelReEmbedsEverythingInTheBackground() throws Exception {
        founder("Nyasha", "Mobile payments for market vendors");
        awaitIndexed();
        IndexStatus local = admin.suggestions().indexStatus();
        assertThat(local.model()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(local.dimension()).isEqualTo(384);
        long items = local.embedded();
        assertThat(items).isPositive();

        MockWebServer embeddings = new MockWebServer();
        embeddings.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode input = OpenAiHttp.JSON.readTree(request.getBody().utf8()).path("input");
                StringBuilder data = new StringBuilder();
                for (int i = 0; i < input.size(); i++) {
                    data.append(i == 0 ? "" : ",").append("{\"index\":").append(i).append(",\"embedding\":[1.0,")
                            .append(input.get(i).asString().length() % 7).append(".0,2.0]}");
                }
                return new MockResponse.Builder().code(200).body("{\"data\":[" + data + "]}").build();
            }
        });
        embeddings.start();
        try {
            admin.suggestions().saveSettings(new SaveAiSettings(embeddings.url("/").toString(), "tiny-3d", "k", null, null, null));
            IndexStatus during = admin.suggestions().indexStatus();
            assertThat(during.model()).isEqualTo("openai:tiny-3d");
            assertThat(during.pending()).isGreaterThanOrEqualTo(items);
            assertThat(during.progress()).isLessThan(1.0);
            awaitIndexed();
            IndexStatus done = admin.suggestions().indexStatus();
            assertThat(done.embedded()).isEqualTo(items);
            assertThat(done.dimension()).isEqualTo(3);
            assertThat(done.progress()).isEqualTo(1.0);
            assertThat(jdbc.sql("SELECT count(*) FROM content_embeddings WHERE embedding_model <> 'openai:tiny-3d'")
                    .query(Long.class).single()).isZero();
        } finally {
            admin.suggestions().saveSettings(new SaveAiSettings(null, null, "", null, null, null));
            embeddings.close();
            awaitIndexed();
        }
    }
}
