package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** The S community's conversations: real rows the messaging service reads, the same for the same seed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoConversationsTest {

    private Backend first;
    private Backend second;

    @BeforeAll
    void generateTwice() {
        first = generated();
        second = generated();
    }

    private static Backend generated() {
        Backend backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        admin.demoData().generate(DemoSize.S, p -> { }, () -> false);
        return backend;
    }

    @AfterAll
    void close() {
        first.close();
        second.close();
    }

    private static CoreContext ctx(Backend b) {
        return ((LocalBackend) b).context();
    }

    private static List<String> transcript(Backend b) {
        return ctx(b).jdbc().sql("""
                SELECT s.email || ': ' || m.content FROM messages m JOIN personal_details s ON s.user_id = m.sender_id
                ORDER BY m.created_at, s.email, m.content
                """).query(String.class).list();
    }

    @Test
    void connectedMembersHaveDirectAndGroupConversations() {
        CoreContext ctx = ctx(first);
        assertThat(ctx.jdbc().sql("SELECT count(*) FROM conversations WHERE conversation_type = 'direct'").query(Long.class).single())
                .isGreaterThan(20);
        assertThat(ctx.jdbc().sql("SELECT count(*) FROM conversations WHERE conversation_type = 'group'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
        // every direct conversation is between two connected members
        assertThat(ctx.jdbc().sql("""
                SELECT count(*) FROM conversations c
                WHERE c.conversation_type = 'direct' AND NOT EXISTS (
                  SELECT 1 FROM conversation_participants a JOIN conversation_participants b
                    ON b.conversation_id = a.conversation_id AND b.user_id > a.user_id
                  JOIN connections k ON k.status = 'accepted'
                    AND LEAST(k.requester_id, k.recipient_id) = a.user_id AND GREATEST(k.requester_id, k.recipient_id) = b.user_id
                  WHERE a.conversation_id = c.id)
                """).query(Long.class).single()).isZero();
        assertThat(ctx.jdbc().sql("SELECT count(*) FROM connections WHERE status = 'pending'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void aDemoMemberReadsTheirConversationsThroughTheService() {
        String email = ctx(first).jdbc().sql("""
                SELECT p.email FROM personal_details p JOIN conversation_participants cp ON cp.user_id = p.user_id
                GROUP BY p.email ORDER BY count(*) DESC, p.email LIMIT 1
                """).query(String.class).single();
        Session member = first.signIn(email, LocalDemoDataService.DEMO_PASSWORD);
        List<ConversationSummary> conversations = member.messaging().conversations(null, 100).conversations();
        assertThat(conversations).isNotEmpty();
        assertThat(conversations).allSatisfy(c -> assertThat(c.lastMessagePreview()).isNotBlank());
        List<MessageView> page = member.messaging().messages(conversations.get(0).id(), null, 50).messages();
        assertThat(page).isNotEmpty();
        int unread = conversations.stream().mapToInt(ConversationSummary::unreadCount).sum();
        assertThat(member.messaging().unreadCount()).isGreaterThanOrEqualTo(unread);
    }

    @Test
    void theSameSeedGivesTheSameConversations() {
        assertThat(transcript(second)).isEqualTo(transcript(first));
    }
}
