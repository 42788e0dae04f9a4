package org.smilefactory.core.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.content.PostVisibility;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The group rules and the post rule draw the same line: whoever may see a group's member list (as a
 * member, not as staff) may read its group posts, and nobody else — for every visibility and
 * membership state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupAccessTest {

    private Backend backend;
    private Session admin;
    private JdbcClient jdbc;

    @BeforeAll
    void open() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        jdbc = ((LocalBackend) backend).context().jdbc();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private boolean canReadPost(UUID post, UUID viewer) {
        return jdbc.sql("SELECT count(*) FROM posts p WHERE p.post_id = :post AND " + PostVisibility.VISIBLE_TO_VIEWER)
                .param("post", post).param("viewer", viewer).query(Long.class).single() > 0;
    }

    private boolean canSeeMembers(UUID group, UUID viewer) {
        return jdbc.sql("SELECT " + GroupAccess.MEMBERS_VISIBLE + " FROM groups g WHERE g.id = :id")
                .param("id", group).param("viewer", viewer).param("staff", false).query(Boolean.class).single();
    }

    @Test
    void groupPostsAreReadableExactlyWhereTheMemberListIs() {
        for (GroupVisibility visibility : GroupVisibility.values()) {
            Session owner = Hubs.member(backend, admin, Role.USER, "Owner", visibility.name());
            GroupView g = owner.groups().create(new SaveGroup(null, 0, "Posts " + visibility, null, "Test", visibility,
                    MembershipType.APPROVAL_REQUIRED, null, null, List.of(), null));
            UUID post = Ids.next();
            jdbc.sql("""
                    INSERT INTO posts (post_id, author_id, content, visibility, group_id, status)
                    VALUES (?, ?, 'In the group', 'group', ?, 'published')
                    """).params(post, owner.member().id(), g.id()).update();
            Session active = Hubs.member(backend, admin, Role.USER, "Active", visibility.name());
            active.groups().join(g.id(), g.inviteCode());
            Session pending = Hubs.member(backend, admin, Role.USER, "Pending", visibility.name());
            Session outsider = Hubs.member(backend, admin, Role.USER, "Outsider", visibility.name());
            Session banned = Hubs.member(backend, admin, Role.USER, "Banned", visibility.name());
            banned.groups().join(g.id(), g.inviteCode());
            owner.groups().ban(g.id(), banned.member().id());
            if (visibility != GroupVisibility.HIDDEN) {
                pending.groups().join(g.id(), null);
            }
            for (Session viewer : List.of(active, pending, outsider, banned)) {
                UUID id = viewer.member().id();
                assertThat(canReadPost(post, id)).as(visibility + " / " + viewer.member().lastName() + " " + viewer.member().firstName())
                        .isEqualTo(canSeeMembers(g.id(), id));
            }
            assertThat(canReadPost(post, active.member().id())).isTrue();
            assertThat(canReadPost(post, outsider.member().id())).isEqualTo(visibility == GroupVisibility.PUBLIC);
        }
    }
}
