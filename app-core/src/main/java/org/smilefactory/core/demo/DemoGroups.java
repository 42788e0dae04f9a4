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
 * The demo community's groups: one per 50 members (at least 6), mostly public, some private and a few
 * hidden, with open, approval-required and invite-only membership; members join 0–3 groups, some
 * requests wait for approval, and a few members are banned. Deterministic for a seed: the same
 * members get the same groups, whatever the run. Counts stay exact because the memberships go
 * through the table's counter trigger like every other write.
 */
final class DemoGroups {

    static final List<String> CATEGORIES = List.of("Agritech", "Fintech", "Clean energy", "Health", "Education",
            "Women in tech", "Mining innovation", "Creative industries", "Student founders", "Investors");
    private static final List<String> THEMES = List.of("Smallholder", "Solar", "Mobile money", "Water", "Maker",
            "Youth", "Diaspora", "Campus", "Rural", "Circular", "Data", "Hardware", "Impact", "Climate");
    private static final List<String> KINDS = List.of("Circle", "Network", "Guild", "Collective", "Forum", "Club",
            "Lab", "Community", "Working group");
    private static final List<String> PLACES = List.of("Harare", "Bulawayo", "Mutare", "Gweru", "Masvingo", "Online");

    private DemoGroups() {
    }

    /** Writes the groups and memberships for members {@code ids} (joined at {@code joined}). */
    static int write(JdbcTemplate jdbc, long seed, UUID[] ids, Instant[] joined, Instant now) {
        int members = ids.length;
        if (members < 2) {
            return 0;
        }
        Random random = new Random(seed ^ 0x6A09E667F3BCC909L);
        int count = Math.max(6, members / 50);
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> memberships = new ArrayList<>();
        UUID[] groupIds = new UUID[count];
        int[] max = new int[count];
        int[] active = new int[count];
        String[] membership = new String[count];
        Instant[] created = new Instant[count];
        for (int g = 0; g < count; g++) {
            int creator = random.nextInt(members);
            groupIds[g] = Ids.next();
            int v = random.nextInt(10);
            String visibility = v < 7 ? "public" : v < 9 ? "private" : "hidden";
            int m = random.nextInt(10);
            membership[g] = visibility.equals("hidden") || m >= 8 ? "invite_only" : m >= 5 ? "approval_required" : "open";
            max[g] = List.of(50, 100, 250, 1000).get(random.nextInt(4));
            created[g] = joined[creator].plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
            if (created[g].isAfter(now)) {
                created[g] = now;
            }
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            String name = THEMES.get(random.nextInt(THEMES.size())) + " " + category + " "
                    + KINDS.get(random.nextInt(KINDS.size())) + (count > 40 ? " " + (g + 1) : "");
            String place = PLACES.get(random.nextInt(PLACES.size()));
            groups.add(new Object[] {groupIds[g], name,
                    "A " + visibility + " group for members working on " + category.toLowerCase() + " in " + place + ".",
                    category, visibility, membership[g], max[g], ids[creator], "Be kind, stay on topic, no spam.",
                    new String[] {category.toLowerCase(), place.toLowerCase()}, place, LocalInvite.code(random),
                    Timestamp.from(created[g])});
            memberships.add(new Object[] {Ids.next(), groupIds[g], ids[creator], "admin", "active",
                    Timestamp.from(created[g]), null});
            active[g] = 1;
        }
        for (int i = 0; i < members; i++) {
            int joins = random.nextInt(4);
            List<Integer> mine = new ArrayList<>();
            for (int j = 0; j < joins; j++) {
                int g = random.nextInt(count);
                if (mine.contains(g) || ids[i].equals(groupsCreator(groups, g))) {
                    continue;
                }
                mine.add(g);
                Instant at = later(joined[i], created[g]).plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                if (at.isAfter(now)) {
                    at = now;
                }
                int r = random.nextInt(20);
                String status;
                if (membership[g].equals("approval_required") && r < 3) {
                    status = "pending";
                } else if (r == 19) {
                    status = "left";
                } else if (r == 18) {
                    status = "banned";
                } else if (active[g] < max[g]) {
                    status = "active";
                    active[g]++;
                } else {
                    continue;
                }
                String role = status.equals("active") && r == 0 ? "moderator" : "member";
                memberships.add(new Object[] {Ids.next(), groupIds[g], ids[i], role, status,
                        status.equals("pending") ? null : Timestamp.from(at), status.equals("pending") ? Timestamp.from(at) : null});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO groups (id, name, description, category, visibility, membership_type, max_members, created_by,
                                    rules, tags, location, invite_code, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, groups, 500, (ps, row) -> {
                    for (int k = 0; k < 12; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                    ps.setTimestamp(13, (Timestamp) row[12]);
                    ps.setTimestamp(14, (Timestamp) row[12]);
                });
        jdbc.batchUpdate("""
                INSERT INTO group_memberships (id, group_id, user_id, role, status, joined_at, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, memberships, 1_000, (ps, row) -> {
                    for (int k = 0; k < 7; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                });
        return count;
    }

    private static Object groupsCreator(List<Object[]> groups, int g) {
        return groups.get(g)[7];
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Invite codes in the same alphabet as the service's, from the demo's seeded generator. */
    static final class LocalInvite {
        private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

        private LocalInvite() {
        }

        static String code(Random random) {
            char[] c = new char[12];
            for (int i = 0; i < c.length; i++) {
                c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            return new String(c);
        }
    }
}
