package org.smilefactory.core.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.admin.DemoProgress;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.demo.DemoCommunity.Link;
import org.smilefactory.core.demo.DemoCommunity.Person;
import org.smilefactory.core.profiles.ProfileImport;
import org.smilefactory.core.profiles.ProfileImport.NewMember;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link DemoDataService} on the local database: writes a {@link DemoCommunity} in batches of
 * {@value #BATCH_SIZE} members, each batch (members, profiles, their connections to earlier
 * members) in one transaction, so a cancelled or failed run leaves whole batches only.
 */
public final class LocalDemoDataService implements DemoDataService {

    /** Every demo member signs in with this password (hashing 10,000 passwords would take minutes). */
    public static final String DEMO_PASSWORD = "demo-member-1";
    static final int BATCH_SIZE = 500;
    /** Serialises concurrent generators: pg_advisory_xact_lock key ("SFDEMO"). */
    private static final long ADVISORY_LOCK = 0x5346_4445_4D4FL;

    private final CoreContext ctx;
    private final Actor actor;
    private final long seed;
    private final int batchSize;

    public LocalDemoDataService(CoreContext ctx, Actor actor) {
        this(ctx, actor, DemoCommunity.DEFAULT_SEED, BATCH_SIZE);
    }

    LocalDemoDataService(CoreContext ctx, Actor actor, long seed, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
        this.ctx = ctx;
        this.actor = actor;
        this.seed = seed;
        this.batchSize = batchSize;
    }

    @Override
    public boolean hubIsEmpty() {
        return ctx.jdbc().sql("SELECT count(*) FROM personal_details WHERE role NOT IN ('staff','admin','kiosk')")
                .query(Long.class).single() == 0;
    }

    @Override
    public DemoDataResult generate(DemoSize size, Consumer<DemoProgress> progress, BooleanSupplier cancelled) {
        actor.requireStaff();
        Objects.requireNonNull(size, "size");
        Consumer<DemoProgress> report = progress == null ? p -> { } : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        if (!hubIsEmpty()) {
            throw new ConflictException(Messages.get("demo.notEmpty"));
        }
        long started = System.nanoTime();
        int total = size.members();
        report.accept(new DemoProgress(0, total, Messages.get("demo.progress.preparing")));

        Instant now = ctx.clock().instant();
        DemoCommunity community = new DemoCommunity(seed, Year.now(ctx.clock()).getValue());
        String passwordHash = ctx.passwords().hash(DEMO_PASSWORD);
        ProfileImport writer = new ProfileImport(ctx);
        JdbcTemplate jdbcTemplate = new JdbcTemplate(ctx.dataSource());
        UUID[] ids = new UUID[total];
        Instant[] joined = new Instant[total];
        String[] firstNames = new String[total];
        List<DemoConversations.Pair> talking = new ArrayList<>();

        int created = 0;
        for (int from = 0; from < total; from += batchSize) {
            if (stop.getAsBoolean()) {
                break;
            }
            int to = Math.min(total, from + batchSize);
            List<Person> people = community.people(from, to);
            List<NewMember> members = new ArrayList<>(people.size());
            for (Person p : people) {
                ids[p.index()] = Ids.next();
                joined[p.index()] = now.minus(p.joinedAgo());
                members.add(new NewMember(p.email(), true, p.profileWithId(ids[p.index()]), p.state(), joined[p.index()]));
                firstNames[p.index()] = p.profile().firstName();
            }
            List<Connection> connections = connections(people, ids, joined, now);
            pairs(people, joined, now, talking);
            boolean firstBatch = from == 0;
            try {
                ctx.tx().executeWithoutResult(status -> {
                    if (firstBatch) {
                        // Two staff starting at once: the second waits here, then finds the hub no longer empty.
                        ctx.jdbc().sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?)) AS locked").param(ADVISORY_LOCK)
                                .query(Integer.class).single();
                        if (!hubIsEmpty()) {
                            throw new ConflictException(Messages.get("demo.notEmpty"));
                        }
                        AuditLog.record(ctx.jdbc(), actor.memberId(), "demo.generate", "hub", null, null,
                                Map.of("size", size.name(), "members", total, "seed", seed));
                    }
                    writer.insert(members, passwordHash);
                    insertConnections(jdbcTemplate, connections);
                });
            } catch (DuplicateKeyException e) {
                // a demo address was registered by hand meanwhile: the hub is no longer empty
                throw new ConflictException(Messages.get("demo.notEmpty"));
            }
            created = to;
            report.accept(new DemoProgress(created, total, Messages.get("demo.progress.members", created, total)));
        }
        if (created == total && total > 0 && !stop.getAsBoolean()) {
            // the rest of the community needs every member: only a complete run gets it (one transaction)
            ctx.tx().executeWithoutResult(status -> {
                new DemoConversations(seed).write(jdbcTemplate, talking, ids, firstNames, now);
                DemoGroups.write(jdbcTemplate, seed, ids, joined, now);
                DemoMarketplace.write(jdbcTemplate, seed, ids, joined, now);
                DemoEvents.insert(jdbcTemplate, seed, ids, total, now);
            });
            List<DemoContent.Member> everyone = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                everyone.add(new DemoContent.Member(ids[i], joined[i]));
            }
            new DemoContent(ctx, seed).addForCommunity(everyone);
        }
        return new DemoDataResult(created, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The batch's accepted links as pairs of member indexes, for {@link DemoConversations}. */
    private static void pairs(List<Person> people, Instant[] joined, Instant now, List<DemoConversations.Pair> into) {
        for (Person p : people) {
            for (Link link : p.links()) {
                if (link.accepted()) {
                    Instant later = joined[p.index()].isAfter(joined[link.other()]) ? joined[p.index()] : joined[link.other()];
                    Instant at = later.plus(link.after());
                    into.add(new DemoConversations.Pair(p.index(), link.other(), at.isAfter(now) ? now : at));
                }
            }
        }
    }

    private record Connection(UUID id, UUID requester, UUID recipient, boolean accepted, Instant createdAt) {
    }

    /** The batch's links to earlier members, dated after both members joined. */
    private static List<Connection> connections(List<Person> people, UUID[] ids, Instant[] joined, Instant now) {
        List<Connection> connections = new ArrayList<>();
        for (Person p : people) {
            for (Link link : p.links()) {
                int me = p.index();
                int other = link.other();
                Instant later = joined[me].isAfter(joined[other]) ? joined[me] : joined[other];
                Instant at = later.plus(link.after());
                if (at.isAfter(now)) {
                    at = now;
                }
                connections.add(new Connection(Ids.next(), link.outgoing() ? ids[me] : ids[other],
                        link.outgoing() ? ids[other] : ids[me], link.accepted(), at));
            }
        }
        return connections;
    }

    private static void insertConnections(JdbcTemplate jdbcTemplate, List<Connection> connections) {
        if (connections.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at, responded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, connections, 1_000, (PreparedStatement ps, Connection c) -> bind(ps, c));
    }

    private static void bind(PreparedStatement ps, Connection c) throws SQLException {
        Timestamp at = Timestamp.from(c.createdAt());
        ps.setObject(1, c.id());
        ps.setObject(2, c.requester());
        ps.setObject(3, c.recipient());
        ps.setString(4, c.accepted() ? "accepted" : "pending");
        ps.setTimestamp(5, at);
        ps.setTimestamp(6, at);
        ps.setTimestamp(7, c.accepted() ? at : null);
    }
}
