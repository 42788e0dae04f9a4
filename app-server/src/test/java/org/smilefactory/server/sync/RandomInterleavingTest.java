package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Acceptance (issue 7), property: whatever the interleaving of offline work and syncs on two clients,
 * they converge to the server. Plain JUnit driven by seeds (decision 0013: no jqwik). For each seed two
 * staff laptops share a handful of members and an event with few places; a random sequence of steps
 * runs — offline profile edits of random fields (often of the same profile on both laptops), type
 * changes, publish/unpublish, check-ins by code and by name, walk-ins (new people and existing
 * members, past capacity), edits made online on the server meanwhile, and syncs, some of which lose
 * their answer or find the network down. Then both sync until quiet, every held change is resolved at
 * random by keep mine or take theirs, and they sync again. Then:
 * <ul>
 *   <li>both replicas hold exactly the server's rows (every replicated table, by content);</li>
 *   <li>no mutation was applied twice: each profile's version moved by exactly the number of its
 *       applied saves (plus the online edits), and the event holds exactly one scan per applied
 *       check-in or walk-in.</li>
 * </ul>
 * A run plays seeds 1..N one after the other on the same two laptops ({@code -Dsync.seeds=N}, default 15;
 * {@code -Dsync.seedBase=B} plays B+1..B+N to explore new ones); {@code -Dsync.seed=S} plays seed S alone
 * on new laptops. A failure names its seed and the properties that replay it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomInterleavingTest {

    private SyncHub hub;
    private Session staff;
    private MemberAccount laptopA;
    private MemberAccount laptopB;
    /** The two laptops of a run: every seed of the run continues on them, each on a network of its own. */
    private Client a;
    private Client b;
    private final Map<Client, FaultProxy> wifi = new HashMap<>();

    @BeforeAll
    void start() {
        hub = SyncHub.shared();
        staff = hub.staff("Stella", "Staff");
        laptopA = hub.staff("Ana", "Laptop").member();
        laptopB = hub.staff("Ben", "Laptop").member();
    }

    @org.junit.jupiter.api.BeforeEach
    void plainNetwork() {
        hub.proxy.reset();
    }

    @Test
    void twoClientsAlwaysConvergeToTheServer() {
        List<Long> seeds = new ArrayList<>();
        String one = System.getProperty("sync.seed");
        if (one != null && !one.isBlank()) {
            seeds.add(Long.parseLong(one.trim()));
        } else {
            long base = Long.getLong("sync.seedBase", 0L);
            int n = Integer.getInteger("sync.seeds", 15);
            for (int i = 1; i <= n; i++) {
                seeds.add(base + i);
            }
        }
        long first = seeds.get(0);
        FaultProxy wifiA = FaultProxy.to(hub.server.port());
        FaultProxy wifiB = FaultProxy.to(hub.server.port());
        a = Client.open("laptop A", wifiA.uri(), laptopA.email(), Hubs.MEMBER_PASSWORD);
        b = Client.open("laptop B", wifiB.uri(), laptopB.email(), Hubs.MEMBER_PASSWORD);
        wifi.put(a, wifiA);
        wifi.put(b, wifiB);
        try {
            for (long seed : seeds) {
                Run run = new Run(seed);
                try {
                    run.play();
                } catch (Throwable e) {
                    throw new AssertionError("Seed " + seed + " failed. Replay this run (seeds " + first + ".." + seed
                            + " on new laptops): mvn -o -pl app-core,app-server verify -Dtest=RandomInterleavingTest "
                            + "-Dsync.seedBase=" + (first - 1) + " -Dsync.seeds=" + (seed - first + 1)
                            + "; this seed alone on new laptops: -Dsync.seed=" + seed + "\n" + e.getMessage()
                            + "\nSteps:\n  " + String.join("\n  ", run.log), e);
                }
            }
        } finally {
            a.close();
            b.close();
            wifiA.close();
            wifiB.close();
        }
    }

    /** One seed's history. */
    private final class Run {
        final long seed;
        final Random rnd;
        final List<String> log = new ArrayList<>();
        /** Every mutation either client ever queued: id → kind, member id for profile kinds. */
        final Map<UUID, String[]> mutations = new LinkedHashMap<>();
        final Map<UUID, Integer> onlineEdits = new HashMap<>();

        Run(long seed) {
            this.seed = seed;
            this.rnd = new Random(seed);
        }

        int steps;
        int conflicts;
        int rejected;
        int kept;
        int taken;

        void play() {
            long t0 = System.nanoTime();
            String tag = "S" + seed + "u" + UUID.randomUUID().toString().substring(0, 6);
            hub.bulkMembers(4, tag);
            List<UUID> members = hub.membersNamed(tag);
            List<String> memberEmails = hub.db().sql("SELECT email FROM personal_details WHERE last_name = :t ORDER BY email")
                    .param("t", tag).query(String.class).list();
            EventView event = hub.publishedEvent(staff, "Random " + tag, 6);
            List<SyncHub.Ticket> tickets = hub.bulkRegistrations(event.id(), 4, tag + "R");
            Map<UUID, Long> versionsBefore = new HashMap<>();
            members.forEach(m -> versionsBefore.put(m, version(m)));

            {
                sync(a, false);
                sync(b, false);
                long t1 = System.nanoTime();
                steps = 18 + rnd.nextInt(12);
                for (int step = 0; step < steps; step++) {
                    Client c = rnd.nextBoolean() ? a : b;
                    int op = rnd.nextInt(100);
                    if (op < 30) {
                        edit(c, members.get(rnd.nextInt(members.size())), step);
                    } else if (op < 36) {
                        publishOrUnpublish(c, members.get(rnd.nextInt(members.size())));
                    } else if (op < 48) {
                        SyncHub.Ticket t = tickets.get(rnd.nextInt(tickets.size()));
                        log.add(c.name + ": check in ticket " + tickets.indexOf(t) + " by code → "
                                + c.offline().events().checkIn(event.id(), t.code()).outcome());
                    } else if (op < 53) {
                        SyncHub.Ticket t = tickets.get(rnd.nextInt(tickets.size()));
                        log.add(c.name + ": check in ticket " + tickets.indexOf(t) + " by name → "
                                + c.offline().events().checkInRegistration(event.id(), t.registrationId()).outcome());
                    } else if (op < 60) {
                        walkIn(c, event.id(), memberEmails, step);
                    } else if (op < 66) {
                        onlineEdit(members.get(rnd.nextInt(members.size())), step);
                    } else if (op < 90) {
                        int fault = rnd.nextInt(10);
                        FaultProxy net = wifi.get(c);
                        if (fault == 0) {
                            net.dropResponseTo("POST", "/api/v1/sync/push", 1);
                            log.add(c.name + ": sync, the push answer gets lost");
                        } else if (fault == 1) {
                            net.goDown();
                            log.add(c.name + ": sync with the network down");
                        } else {
                            log.add(c.name + ": sync");
                        }
                        sync(c, true);
                        net.reset();
                    } else {
                        log.add("both sync");
                        sync(a, true);
                        sync(b, true);
                    }
                }
                long t2 = System.nanoTime();
                settle();
                long t3 = System.nanoTime();

                TableSnapshot server = TableSnapshot.of("server", hub.db());
                a.snapshot().assertSameAs(server);
                b.snapshot().assertSameAs(server);
                assertAppliedOnce(members, versionsBefore, event.id());
                System.out.printf("seed %d: %d steps, %d mutations, %d conflicts, %d rejected, %d kept, %d taken; "
                                + "setup %.1f s, steps %.1f s, settle %.1f s%n", seed, steps, mutations.size(), conflicts,
                        rejected, kept, taken, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
            }
        }

        /** Sync both until quiet, resolve every held change at random, until nothing is held. */
        void settle() {
            wifi.values().forEach(FaultProxy::reset);
            for (int round = 0; round < 6; round++) {
                syncQuiet(a);
                syncQuiet(b);
                syncQuiet(a);
                List<HeldChange> heldA = a.heldChanges();
                List<HeldChange> heldB = b.heldChanges();
                if (heldA.isEmpty() && heldB.isEmpty()) {
                    return;
                }
                resolve(a, heldA, round);
                resolve(b, heldB, round);
            }
            throw new AssertionError("held changes remain after 6 rounds: " + a.heldChanges() + " " + b.heldChanges());
        }

        void resolve(Client c, List<HeldChange> held, int round) {
            for (HeldChange h : held) {
                // a change rejected again and again would keep the loop going: the last rounds take theirs
                boolean keep = round < 4 && rnd.nextBoolean();
                log.add(c.name + ": " + (keep ? "keep mine" : "take theirs") + " of " + h.outcome() + " " + h.kind()
                        + " (" + h.summary() + ": " + h.reason() + ")");
                if (keep) {
                    c.keepMine(h.mutationId());
                    kept++;
                } else {
                    c.takeTheirs(h.mutationId());
                    taken++;
                }
            }
        }

        void syncQuiet(Client c) {
            for (int i = 0; i < 10; i++) {
                remember(c);
                var r = c.syncRetrying();
                conflicts += r.conflicts();
                rejected += r.rejected();
                if (r.pushed() == 0 && r.pulled() == 0) {
                    return;
                }
            }
            throw new AssertionError(c.name + " did not become quiet");
        }

        void sync(Client c, boolean mayFail) {
            remember(c);
            try {
                var r = c.sync();
                conflicts += r.conflicts();
                rejected += r.rejected();
                log.add("  → pushed " + r.pushed() + " (applied " + r.applied() + ", conflicts " + r.conflicts()
                        + ", rejected " + r.rejected() + "), pulled " + r.pulled());
            } catch (BackendUnavailableException e) {
                if (!mayFail) {
                    throw e;
                }
                log.add("  → failed: " + e.getMessage());
            }
        }

        /** Notes what is in the outbox now (applied mutations leave it, so note them before each sync). */
        void remember(Client c) {
            c.db().sql("SELECT mutation_id, kind, entity_id FROM sync_outbox").query((rs, n) -> mutations.put(
                    rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)})).list();
        }

        void edit(Client c, UUID member, int step) {
            ProfileView p = c.offline().profiles().get(member);
            String v = "s" + seed + "." + step;
            String first = rnd.nextInt(3) == 0 ? "First" + v : p.firstName();
            String last = rnd.nextInt(3) == 0 ? "Last" + v : p.lastName();
            String bio = rnd.nextBoolean() ? "Bio " + v + " by " + c.name : p.bio();
            String location = rnd.nextInt(3) == 0 ? "Town " + v : p.location();
            String profileName = rnd.nextInt(4) == 0 ? "Profile " + v : p.profileName();
            ProfileVisibility visibility = rnd.nextInt(4) == 0
                    ? ProfileVisibility.values()[rnd.nextInt(ProfileVisibility.values().length)] : p.visibility();
            ProfileType type = p.profileType();
            ProfileDetails details = p.details();
            if (type == null || rnd.nextInt(4) == 0) {
                type = ProfileType.values()[rnd.nextInt(ProfileType.values().length)];
                details = ProfileDetails.empty(type);
            }
            c.offline().profiles().save(new SaveProfile(member, p.version(), first, last, profileName, p.gender(),
                    p.phoneCountryCode(), p.phoneNumber(), bio, location, type, visibility, details));
            log.add(c.name + ": edit " + member + " v" + p.version() + " (type " + type + ", bio " + bio + ")");
        }

        void publishOrUnpublish(Client c, UUID member) {
            ProfileView p = c.offline().profiles().get(member);
            try {
                if (p.state() == ProfileState.PUBLISHED) {
                    c.offline().profiles().unpublish(member, p.version());
                    log.add(c.name + ": unpublish " + member + " v" + p.version());
                } else {
                    c.offline().profiles().publish(member, p.version());
                    log.add(c.name + ": publish " + member + " v" + p.version());
                }
            } catch (HubException e) {
                log.add(c.name + ": publish/unpublish " + member + " refused offline: " + e.getMessage());
            }
        }

        void walkIn(Client c, UUID eventId, List<String> memberEmails, int step) {
            boolean existing = rnd.nextInt(3) == 0;
            String email = existing ? memberEmails.get(rnd.nextInt(memberEmails.size()))
                    : "walkin.s" + seed + "." + step + "." + UUID.randomUUID().toString().substring(0, 4) + "@example.org";
            try {
                var r = c.offline().events().registerWalkIn(eventId, new WalkIn("Walk" + step, "In" + seed, email));
                log.add(c.name + ": walk-in " + email + " → " + r.outcome() + " (places left " + r.placesLeft() + ")");
            } catch (HubException e) {
                log.add(c.name + ": walk-in " + email + " refused offline: " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }

        void onlineEdit(UUID member, int step) {
            ProfileView p = hub.admin.profiles().get(member);
            try {
                hub.admin.profiles().save(Mutations.edit(p, "Online " + seed + "." + step));
                onlineEdits.merge(member, 1, Integer::sum);
                log.add("server: online edit of " + member + " v" + p.version());
            } catch (ConflictException e) {
                log.add("server: online edit conflicted");
            }
        }

        long version(UUID member) {
            return hub.db().sql("SELECT version FROM personal_details WHERE user_id = :id").param("id", member)
                    .query(Long.class).single();
        }

        void assertAppliedOnce(List<UUID> members, Map<UUID, Long> versionsBefore, UUID eventId) {
            List<UUID> applied = mutations.isEmpty() ? List.of() : hub.db().sql(
                    "SELECT mutation_id FROM sync_applied_mutations WHERE outcome = 'applied' AND mutation_id IN (:ids)")
                    .param("ids", new ArrayList<>(mutations.keySet())).query(UUID.class).list();
            Map<UUID, Integer> profileSaves = new HashMap<>();
            int scans = 0;
            for (UUID id : applied) {
                String[] m = mutations.get(id);
                switch (m[0]) {
                    case MutationKinds.PROFILE_SAVE, MutationKinds.PROFILE_PUBLISH, MutationKinds.PROFILE_UNPUBLISH ->
                            profileSaves.merge(UUID.fromString(m[1]), 1, Integer::sum);
                    default -> scans++;
                }
            }
            for (UUID member : members) {
                assertThat(version(member)).as("version of %s: one step per applied change", member)
                        .isEqualTo(versionsBefore.get(member) + profileSaves.getOrDefault(member, 0)
                                + onlineEdits.getOrDefault(member, 0));
            }
            assertThat(hub.db().sql("SELECT count(*) FROM event_check_in_scans WHERE event_id = :e").param("e", eventId)
                    .query(Long.class).single()).as("one scan per applied check-in or walk-in").isEqualTo(scans);
        }
    }
}
