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
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo community's groups and marketplace: consistent rows, the same for the same seed, readable through the services. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGroupsMarketplaceTest {

    private Backend first;
    private Backend second;
    private Session admin;

    @BeforeAll
    void generateTwice() {
        first = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = first.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        admin.demoData().generate(DemoSize.S, p -> { }, () -> false);
        second = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        second.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin"))).demoData().generate(DemoSize.S, p -> { }, () -> false);
    }

    @AfterAll
    void close() {
        first.close();
        second.close();
    }

    private static JdbcClient jdbc(Backend backend) {
        return ((LocalBackend) backend).context().jdbc();
    }

    private static long count(Backend backend, String sql) {
        return jdbc(backend).sql(sql).query(Long.class).single();
    }

    @Test
    void aSmallCommunityGetsGroupsAndListings() {
        assertThat(count(first, "SELECT count(*) FROM groups")).isEqualTo(6);
        assertThat(count(first, "SELECT count(*) FROM marketplace_listings")).isEqualTo(40);
        assertThat(count(first, "SELECT count(DISTINCT membership_type) FROM groups")).isGreaterThan(1);
        assertThat(count(first, "SELECT count(*) FROM group_memberships WHERE status = 'active'")).isGreaterThan(100);
        assertThat(count(first, "SELECT count(DISTINCT listing_type) FROM marketplace_listings")).isEqualTo(5);
    }

    @Test
    void countersAndStatesAreConsistent() {
        assertThat(count(first, """
                SELECT count(*) FROM groups g
                WHERE g.member_count <> (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.status = 'active')
                   OR g.member_count > g.max_members
                """)).isZero();
        assertThat(count(first, "SELECT count(*) FROM groups g WHERE NOT EXISTS (SELECT 1 FROM group_memberships m "
                + "WHERE m.group_id = g.id AND m.role = 'admin' AND m.status = 'active')")).isZero();
        assertThat(count(first, """
                SELECT count(*) FROM marketplace_listings l WHERE l.status = 'sold' AND NOT EXISTS (
                    SELECT 1 FROM marketplace_transactions t WHERE t.listing_id = l.id AND t.status = 'completed')
                """)).isZero();
        assertThat(count(first, "SELECT count(*) FROM marketplace_transactions WHERE buyer_id = seller_id")).isZero();
    }

    @Test
    void theSameSeedGivesTheSameGroupsAndListings() {
        String groups = "SELECT string_agg(name || '/' || category || '/' || visibility || '/' || member_count, ',' ORDER BY name, member_count) FROM groups";
        String listings = "SELECT string_agg(title || '/' || category || '/' || status || '/' || coalesce(price::text, ''), ',' ORDER BY title, category, status, price) FROM marketplace_listings";
        assertThat(jdbc(second).sql(groups).query(String.class).single()).isEqualTo(jdbc(first).sql(groups).query(String.class).single());
        assertThat(jdbc(second).sql(listings).query(String.class).single()).isEqualTo(jdbc(first).sql(listings).query(String.class).single());
    }

    @Test
    void theServicesShowTheDemoDataWithTheirRules() {
        Session member = first.signIn(jdbc(first).sql("""
                SELECT email FROM personal_details p WHERE role = 'user' AND NOT EXISTS (
                    SELECT 1 FROM group_memberships m WHERE m.user_id = p.user_id) ORDER BY email LIMIT 1
                """).query(String.class).single(), LocalDemoDataService.DEMO_PASSWORD);
        List<GroupView> visible = member.groups().list(new GroupQuery(null, null, false, null, 200)).groups();
        assertThat(visible).extracting(GroupView::visibility).doesNotContain(GroupVisibility.HIDDEN);
        assertThat(visible).hasSize((int) count(first, "SELECT count(*) FROM groups WHERE visibility <> 'hidden'"));
        assertThat(member.marketplace().browse(ListingQuery.firstPage()).listings()).isNotEmpty();
        HubStats stats = admin.stats().load(12, 5);
        assertThat(stats.totalMembers()).isEqualTo(201);
        assertThat(stats.activeListingsByCategory()).isNotEmpty();
    }
}
