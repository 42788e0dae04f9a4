package org.smilefactory.core.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conversations and messages for the demo community: a direct conversation for about a third of the
 * accepted connections (a few to a few dozen messages each, the newest sometimes unread) and a
 * handful of group conversations among connected members. Deterministic for a seed: the same
 * people talk, in the same order, with the same words (the ids differ per run, as everywhere).
 * Pending connection requests come from {@link DemoCommunity} itself.
 */
final class DemoConversations {

    /** A pair of connected members, by index in the community, and when they connected. */
    record Pair(int a, int b, Instant since) {
    }

    private static final String[] OPENERS = {
        "Hi {0}, thanks for connecting!", "Good to meet you at the hub, {0}.", "Hello {0}, do you have a minute this week?",
        "{0}, I saw your profile and wanted to say hello.", "Morning {0}! Quick question about your project.",
    };
    private static final String[] LINES = {
        "Are you coming to the pitch night on Thursday?", "I can share the deck after lunch.",
        "We are testing the prototype with ten farmers in Mazowe.", "Let us meet at the hub cafe at 10.",
        "Could you introduce me to someone working on mobile payments?", "The grant deadline moved to the end of the month.",
        "Thanks, that helps a lot.", "Sounds good to me.", "I will send the numbers tonight.",
        "Our pilot in Bulawayo starts next week.", "Do you know a good mentor for hardware startups?",
        "The workshop slides are in the shared folder.", "Can we move our call to Friday?",
        "Congratulations on the launch!", "I read your article on solar irrigation, very useful.",
        "We need two more developers for the hackathon team.", "Let me check with my co-founder and come back to you.",
        "Happy to review your application before you submit.", "See you at the demo day!", "Noted, thank you.",
    };
    private static final String[] GROUP_TITLES = {
        "Demo day team", "Agritech founders", "Hackathon squad", "Fintech circle", "Mentor office hours",
        "Solar projects", "Women in tech Harare", "Bulawayo builders",
    };

    private final Random random;

    DemoConversations(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    private record Message(UUID id, UUID conversation, UUID sender, UUID recipient, String body, Instant at) {
    }

    private record Reader(UUID conversation, UUID member, UUID lastRead, Instant lastReadAt) {
    }

    /** Writes the conversations for {@code pairs} (in the community's order) among members {@code ids}. */
    int write(JdbcTemplate jdbc, List<Pair> pairs, UUID[] ids, String[] firstNames, Instant now) {
        List<Object[]> conversations = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<Reader> readers = new ArrayList<>();
        for (Pair pair : pairs) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            UUID conversation = Ids.next();
            UUID[] who = {ids[pair.a()], ids[pair.b()]};
            Instant start = pair.since().plus(Duration.ofMinutes(5 + random.nextInt(60 * 24 * 7)));
            if (start.isAfter(now)) {
                start = now.minus(Duration.ofHours(1));
            }
            conversations.add(new Object[] {conversation, "direct", null, who[0], Timestamp.from(start)});
            int count = 2 + random.nextInt(random.nextInt(10) == 0 ? 60 : 12);
            List<Message> thread = thread(conversation, who, new String[] {firstNames[pair.a()], firstNames[pair.b()]},
                    start, now, count, true);
            messages.addAll(thread);
            for (int i = 0; i < 2; i++) {
                participants.add(new Object[] {conversation, who[i], Timestamp.from(start)});
                readers.add(readerOf(conversation, who[i], thread));
            }
        }
        int groups = Math.max(2, pairs.size() / 400);
        for (int g = 0; g < groups && pairs.size() > 3; g++) {
            UUID conversation = Ids.next();
            Pair seed = pairs.get(random.nextInt(pairs.size()));
            List<Integer> members = new ArrayList<>(List.of(seed.a(), seed.b()));
            for (int tries = 0; members.size() < 3 + random.nextInt(4) && tries < 50; tries++) {
                Pair p = pairs.get(random.nextInt(pairs.size()));
                int candidate = members.contains(p.a()) ? p.b() : members.contains(p.b()) ? p.a() : -1;
                if (candidate >= 0 && !members.contains(candidate)) {
                    members.add(candidate);
                }
            }
            UUID[] who = members.stream().map(i -> ids[i]).toArray(UUID[]::new);
            String[] names = members.stream().map(i -> firstNames[i]).toArray(String[]::new);
            Instant start = now.minus(Duration.ofDays(1 + random.nextInt(60)));
            conversations.add(new Object[] {conversation, "group", GROUP_TITLES[g % GROUP_TITLES.length], who[0],
                    Timestamp.from(start)});
            List<Message> thread = thread(conversation, who, names, start, now, 10 + random.nextInt(40), false);
            messages.addAll(thread);
            for (UUID member : who) {
                participants.add(new Object[] {conversation, member, Timestamp.from(start)});
                readers.add(readerOf(conversation, member, thread));
            }
        }

        jdbc.batchUpdate("""
                INSERT INTO conversations (id, conversation_type, title, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, conversations.stream().map(c -> new Object[] {c[0], c[1], c[2], c[3], c[4], c[4]}).toList());
        jdbc.batchUpdate("INSERT INTO conversation_participants (conversation_id, user_id, joined_at) VALUES (?, ?, ?)",
                participants);
        jdbc.batchUpdate("""
                INSERT INTO messages (message_id, conversation_id, sender_id, recipient_id, content, message_type, created_at, read_at)
                VALUES (?, ?, ?, ?, ?, 'text', ?, ?)
                """, messages.stream().map(m -> new Object[] {m.id(), m.conversation(), m.sender(), m.recipient(), m.body(),
                        Timestamp.from(m.at()), null}).toList(), 1_000,
                (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        jdbc.batchUpdate("""
                UPDATE conversation_participants SET last_read_message_id = ?, last_read_at = ?
                WHERE conversation_id = ? AND user_id = ?
                """, readers.stream().filter(r -> r.lastRead() != null)
                .map(r -> new Object[] {r.lastRead(), Timestamp.from(r.lastReadAt()), r.conversation(), r.member()}).toList());
        // read receipts of direct messages follow the recipients' read positions
        jdbc.update("""
                UPDATE messages m SET read_at = cp.last_read_at
                FROM conversation_participants cp
                WHERE m.recipient_id IS NOT NULL AND cp.conversation_id = m.conversation_id AND cp.user_id = m.recipient_id
                  AND (m.created_at, m.message_id) <= (cp.last_read_at, cp.last_read_message_id)
                """);
        return messages.size();
    }

    private List<Message> thread(UUID conversation, UUID[] who, String[] names, Instant start, Instant now, int count,
                                 boolean direct) {
        List<Message> thread = new ArrayList<>(count);
        Instant at = start;
        Duration span = Duration.between(start, now);
        long step = Math.max(60, span.getSeconds() / (count + 1));
        int speaker = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(3) != 0) {
                speaker = direct ? 1 - speaker : random.nextInt(who.length);
            }
            String body = i == 0
                    ? OPENERS[random.nextInt(OPENERS.length)].replace("{0}", names[direct ? 1 - speaker : (speaker + 1) % who.length])
                    : LINES[random.nextInt(LINES.length)];
            thread.add(new Message(Ids.next(), conversation, who[speaker], direct ? who[1 - speaker] : null, body, at));
            at = at.plusSeconds(1 + (long) (random.nextDouble() * step));
            if (at.isAfter(now)) {
                at = now;
            }
        }
        return thread;
    }

    /** Most members have read everything others wrote; some have the last few messages unread. */
    private Reader readerOf(UUID conversation, UUID member, List<Message> thread) {
        int upTo = thread.size() - 1;
        if (random.nextInt(4) == 0) {
            upTo -= 1 + random.nextInt(Math.min(5, thread.size()));
        }
        // one's own messages are always read
        for (int i = thread.size() - 1; i > upTo; i--) {
            if (thread.get(i).sender().equals(member)) {
                upTo = i;
                break;
            }
        }
        if (upTo < 0) {
            return new Reader(conversation, member, null, null);
        }
        Message last = thread.get(upTo);
        return new Reader(conversation, member, last.id(), last.at());
    }
}
