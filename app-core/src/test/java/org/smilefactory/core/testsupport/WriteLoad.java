package org.smilefactory.core.testsupport;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.core.api.messaging.SendMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mixed write load through the contract (posts, comments, likes, messages, event registrations,
 * check-ins) from several members at once, remembering every write the backend acknowledged, so a
 * crash test can check afterwards that each of them is in the database, row by row.
 */
public final class WriteLoad {

    private static final String ZONE = "Africa/Harare";

    private final Session admin;
    private final List<Session> members;
    private final List<UUID> conversations;
    private final List<UUID> events;
    private final UUID seedPost;

    /** What the backend answered with success, by kind (likes as {@code post:member}). */
    public final Set<UUID> posts = ConcurrentHashMap.newKeySet();
    public final Set<UUID> comments = ConcurrentHashMap.newKeySet();
    public final Set<String> likes = ConcurrentHashMap.newKeySet();
    public final Set<UUID> messages = ConcurrentHashMap.newKeySet();
    public final Set<UUID> registrations = ConcurrentHashMap.newKeySet();
    public final Set<UUID> checkIns = ConcurrentHashMap.newKeySet();

    /** Failures before the fault (there must be none) and after it (by exception class and message). */
    public final List<Throwable> failuresBeforeFault = new CopyOnWriteArrayList<>();
    public final Map<String, AtomicInteger> failuresAfterFault = new ConcurrentHashMap<>();
    public final List<Throwable> sampleFailuresAfterFault = new CopyOnWriteArrayList<>();
    private final Map<String, Throwable> firstFailureByClass = new ConcurrentHashMap<>();

    private volatile boolean faulted;
    private volatile boolean stop;

    private WriteLoad(Session admin, List<Session> members, List<UUID> conversations, List<UUID> events, UUID seedPost) {
        this.admin = admin;
        this.members = members;
        this.conversations = conversations;
        this.events = events;
        this.seedPost = seedPost;
    }

    /** Sets the hub up (first-run admin), {@code writers} members, a published event per 4 registrations each may make. */
    public static WriteLoad prepare(Backend backend, int writers, int eventCount) {
        return prepare(backend, writers, eventCount, null);
    }

    /** As above on a server that asks for its one-time {@code setupCode} (decision 0022). */
    public static WriteLoad prepare(Backend backend, int writers, int eventCount, String setupCode) {
        Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")).withSetupCode(setupCode));
        List<Session> members = new ArrayList<>();
        List<UUID> conversations = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Session m = Hubs.member(backend, admin, Role.USER, "Writer" + (char) ('A' + i), "Load");
            members.add(m);
            conversations.add(m.messaging().direct(admin.member().id()).id());
        }
        List<UUID> events = new ArrayList<>();
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < eventCount; i++) {
            EventView draft = admin.events().save(new SaveEvent(null, 0, "Load event " + i, "Crash test", EventType.MEETUP,
                    start.plusDays(i), start.plusDays(i).plusHours(2), ZONE, "Harare", null, false, null, null,
                    BigDecimal.ZERO, "USD", List.of()));
            events.add(admin.events().changeStatus(draft.id(), draft.version(), EventStatus.PUBLISHED).id());
        }
        UUID seed = admin.content().createPost(PostInput.of(PostType.GENERAL, "Seed", "Comment here"), true).id();
        return new WriteLoad(admin, members, conversations, events, seed);
    }

    public int acknowledged() {
        return posts.size() + comments.size() + likes.size() + messages.size() + registrations.size() + checkIns.size();
    }

    /**
     * Writes from one thread per member until {@code beforeFault} writes are acknowledged, then runs
     * {@code fault} while the writers go on, lets them write for {@code tail} more, and stops them.
     */
    public void run(int beforeFault, Runnable fault, Duration tail) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < members.size(); t++) {
            int index = t;
            Thread thread = new Thread(() -> write(index), "writer-" + t);
            thread.start();
            threads.add(thread);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged() < beforeFault && failuresBeforeFault.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        faulted = true;
        try {
            if (failuresBeforeFault.isEmpty()) {
                fault.run();
                Thread.sleep(tail.toMillis());
            }
        } finally {
            stop = true;
            for (Thread t : threads) {
                t.join(60_000);
            }
        }
    }

    private void write(int index) {
        Session me = members.get(index);
        UUID conversation = conversations.get(index);
        List<UUID> mine = new ArrayList<>();
        int nextEvent = index % events.size();
        int registered = 0;
        for (int i = 0; !stop; i++) {
            try {
                switch (i % 5) {
                    case 0 -> {
                        UUID id = me.content().createPost(PostInput.of(PostType.GENERAL, "Load " + index + "." + i, "Body " + i), true).id();
                        posts.add(id);
                        mine.add(id);
                    }
                    case 1 -> comments.add(me.content().comment(seedPost, null, "Comment " + index + "." + i).id());
                    case 2 -> {
                        if (!mine.isEmpty()) {
                            UUID post = mine.remove(0);
                            me.content().likePost(post);
                            likes.add(post + ":" + me.member().id());
                        }
                    }
                    case 3 -> messages.add(me.messaging().send(new SendMessage(conversation, "Message " + index + "." + i)).id());
                    default -> {
                        if (registered < events.size()) {
                            UUID event = events.get(nextEvent);
                            nextEvent = (nextEvent + 1) % events.size();
                            registered++;
                            Registration r = me.events().register(event);
                            registrations.add(r.id());
                            if (admin.events().checkInRegistration(event, r.id()).outcome() == CheckInOutcome.CHECKED_IN) {
                                checkIns.add(r.id());
                            }
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (!faulted) {
                    failuresBeforeFault.add(e);
                    return;
                }
                String key = e.getClass().getName() + ": " + String.valueOf(e.getMessage());
                failuresAfterFault.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                firstFailureByClass.putIfAbsent(key, e);
                if (sampleFailuresAfterFault.size() < 5) {
                    sampleFailuresAfterFault.add(e);
                }
                sleep(20);
            }
        }
    }

    /** Every acknowledged write that the database does not hold, by kind (empty when nothing was lost). */
    public Map<String, List<String>> missingIn(JdbcClient db) {
        Map<String, List<String>> missing = new TreeMap<>();
        check(missing, "posts", posts, ids(db, "SELECT post_id FROM posts"), UUID::toString);
        check(missing, "comments", comments, ids(db, "SELECT comment_id FROM comments"), UUID::toString);
        check(missing, "likes", likes, Set.copyOf(db.sql("SELECT post_id || ':' || user_id FROM post_likes")
                .query(String.class).list()), s -> s);
        check(missing, "messages", messages, ids(db, "SELECT message_id FROM messages"), UUID::toString);
        check(missing, "registrations", registrations,
                ids(db, "SELECT id FROM event_attendees WHERE status = 'confirmed'"), UUID::toString);
        check(missing, "check-ins", checkIns,
                ids(db, "SELECT id FROM event_attendees WHERE check_in_time IS NOT NULL"), UUID::toString);
        return missing;
    }

    /** Acknowledged rows that the database holds more than once (the tables' keys should make this impossible). */
    public List<String> duplicatesIn(JdbcClient db) {
        List<String> dup = new ArrayList<>();
        dup.addAll(db.sql("SELECT 'post ' || post_id FROM posts GROUP BY post_id HAVING count(*) > 1").query(String.class).list());
        dup.addAll(db.sql("SELECT 'comment ' || comment_id FROM comments GROUP BY comment_id HAVING count(*) > 1").query(String.class).list());
        dup.addAll(db.sql("SELECT 'message ' || message_id FROM messages GROUP BY message_id HAVING count(*) > 1").query(String.class).list());
        dup.addAll(db.sql("SELECT 'registration ' || event_id || ':' || user_id FROM event_attendees GROUP BY event_id, user_id HAVING count(*) > 1")
                .query(String.class).list());
        return dup;
    }

    private static Set<UUID> ids(JdbcClient db, String sql) {
        return Set.copyOf(db.sql(sql).query(UUID.class).list());
    }

    private static <T> void check(Map<String, List<String>> missing, String kind, Set<T> acked, Set<T> present,
                                  Function<T, String> name) {
        List<String> lost = new ArrayList<>();
        for (T id : acked) {
            if (!present.contains(id)) {
                lost.add(name.apply(id));
            }
        }
        if (!lost.isEmpty()) {
            Collections.sort(lost);
            missing.put(kind + " (" + lost.size() + " of " + acked.size() + ")", lost);
        }
    }

    public String summary() {
        return "acknowledged: " + posts.size() + " posts, " + comments.size() + " comments, " + likes.size() + " likes, "
                + messages.size() + " messages, " + registrations.size() + " registrations, " + checkIns.size()
                + " check-ins; failures after the fault: " + failuresAfterFault;
    }

    /** The first failure of each class after the fault with its causes, to say what a wrong one was. */
    public String failureChains() {
        StringBuilder sb = new StringBuilder();
        firstFailureByClass.forEach((name, e) -> {
            sb.append('\n').append(name).append(':');
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                sb.append("\n  ").append(t).append(t instanceof java.sql.SQLException sql ? " [" + sql.getSQLState() + "]" : "");
            }
        });
        return sb.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
