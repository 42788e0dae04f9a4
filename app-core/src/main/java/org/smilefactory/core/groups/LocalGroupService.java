package org.smilefactory.core.groups;

import static org.smilefactory.core.common.SqlValues.db;
import static org.smilefactory.core.common.SqlValues.escapeLike;
import static org.smilefactory.core.common.SqlValues.en;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.InviteCode;
import org.smilefactory.core.api.groups.MembershipStatus;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.core.common.Paging;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.PageCursors;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link GroupService}, acting as and authorised for one actor.
 *
 * <p>Every membership change locks the group row first ({@code SELECT ... FOR UPDATE}), then touches
 * the membership: capacity checks ("is there still a place?") and last-admin checks are decided
 * under that lock, so two members taking the last place at once cannot both get it, and the
 * lock order (group, then membership, then the counter trigger's update of the same group row) is
 * the same everywhere.
 */
public final class LocalGroupService implements GroupService {

    static final int DEFAULT_MAX_MEMBERS = 1000;
    private static final int MAX_MEMBER_LIST = 1000;
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String COLUMNS = """
            g.id, g.version, g.name, g.description, g.category, g.visibility, g.membership_type, g.max_members,
            g.member_count, g.rules, g.tags, g.location, g.created_by, g.created_at, g.invite_code,
            g.invite_code_expires_at, m.role AS my_role, m.status AS my_status
            """;
    private static final String FROM = """
            FROM groups g LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = :viewer
            """;

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalGroupService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    // ---------------------------------------------------------------------------------------------
    // reading
    // ---------------------------------------------------------------------------------------------

    @Override
    public GroupPage list(GroupQuery query) {
        actor.requireNotKiosk();
        int limit = Paging.limit(query.limit(), GroupQuery.DEFAULT_LIMIT, GroupQuery.MAX_LIMIT);
        String text = query.text() == null ? "" : query.text().trim();
        new Problems().text("text", text, 200).text("category", query.category(), SaveGroup.MAX_CATEGORY).throwIfAny();
        String tsq = WORD.matcher(text.toLowerCase(Locale.ROOT)).results()
                .map(r -> r.group() + ":*").limit(8).collect(Collectors.joining(" & "));
        String[] cursor = PageCursors.decode(query.cursor(), 2, "groups.invalidCursor");
        UUID cursorId = null;
        if (cursor != null) {
            try {
                cursorId = UUID.fromString(cursor[1]);
            } catch (IllegalArgumentException e) {
                throw PageCursors.invalid("groups.invalidCursor");
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(FROM)
                .append(" WHERE g.status = 'active' AND ").append(GroupAccess.VISIBLE_TO_VIEWER);
        boolean category = query.category() != null && !query.category().isBlank();
        if (category) {
            sql.append(" AND lower(g.category) = lower(:category)");
        }
        if (query.mine()) {
            sql.append(" AND m.status IN ('active', 'pending')");
        }
        if (!text.isEmpty()) {
            // words go to the stored tsvector (GIN, prefix per word); text without a word (punctuation) is a substring
            sql.append(tsq.isEmpty() ? " AND g.name ILIKE :like" : " AND g.search_vector @@ to_tsquery('english', :tsq)");
        }
        if (cursor != null) {
            sql.append(" AND (g.name, g.id) > (:cname, :cid)");
        }
        sql.append(" ORDER BY g.name, g.id LIMIT :limit");
        var spec = viewerParams(jdbc.sql(sql.toString())).param("limit", limit + 1);
        if (category) {
            spec = spec.param("category", query.category().trim());
        }
        if (!text.isEmpty()) {
            spec = tsq.isEmpty() ? spec.param("like", "%" + escapeLike(text) + "%") : spec.param("tsq", tsq);
        }
        if (cursor != null) {
            spec = spec.param("cname", cursor[0]).param("cid", cursorId);
        }
        List<GroupView> rows = spec.query((rs, n) -> view(rs)).list();
        String next = null;
        if (rows.size() > limit) {
            GroupView last = rows.get(limit - 1);
            next = PageCursors.encode(last.name(), last.id().toString());
            rows = rows.subList(0, limit);
        }
        return new GroupPage(List.copyOf(rows), next);
    }

    @Override
    public GroupView get(UUID groupId) {
        actor.requireNotKiosk();
        return load(groupId).orElseThrow(GroupsErrors::notFound);
    }

    @Override
    public List<GroupMember> members(UUID groupId) {
        GroupView group = get(groupId);
        boolean canSee = jdbc.sql("SELECT " + GroupAccess.MEMBERS_VISIBLE + " FROM groups g WHERE g.id = :id")
                .param("id", groupId).param("viewer", actor.memberId()).param("staff", actor.isStaff())
                .query(Boolean.class).single();
        if (!canSee) {
            throw new PermissionDeniedException(Messages.get("groups.membersHidden"));
        }
        boolean moderator = isModerator(group);
        return jdbc.sql("""
                SELECT gm.user_id, gm.role, gm.status, gm.joined_at, p.full_name, p.email
                FROM group_memberships gm JOIN personal_details p ON p.user_id = gm.user_id
                WHERE gm.group_id = :id AND p.deleted_at IS NULL
                  AND (gm.status = 'active' OR (:moderator AND gm.status IN ('pending', 'banned')))
                ORDER BY CASE gm.status WHEN 'active' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END,
                         CASE gm.role WHEN 'admin' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END, p.full_name, gm.user_id
                LIMIT :limit
                """)
                .param("id", groupId).param("moderator", moderator).param("limit", MAX_MEMBER_LIST)
                .query((rs, n) -> member(rs)).list();
    }

    // ---------------------------------------------------------------------------------------------
    // creating and editing
    // ---------------------------------------------------------------------------------------------

    @Override
    public GroupView create(SaveGroup command) {
        actor.requireNotKiosk();
        validate(command);
        UUID id = Ids.next();
        UUID me = actor.memberId();
        context.tx().executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO groups (id, name, description, category, visibility, membership_type, max_members,
                                        created_by, rules, tags, location, invite_code, created_at, updated_at)
                    VALUES (:id, :name, :description, :category, :visibility, :membership, :max,
                            :me, :rules, :tags, :location, :code, now(), now())
                    """)
                    .param("id", id).param("me", me).param("code", newInviteCode())
                    .params(fields(command))
                    .update();
            jdbc.sql("""
                    INSERT INTO group_memberships (id, group_id, user_id, role, status, joined_at)
                    VALUES (?, ?, ?, 'admin', 'active', now())
                    """).params(Ids.next(), id, me).update();
        });
        return get(id);
    }

    @Override
    public GroupView update(SaveGroup command) {
        actor.requireNotKiosk();
        if (command.groupId() == null) {
            throw new ValidationException(List.of(new Violation("groupId", "required", Messages.get("validation.required"))));
        }
        GroupView current = get(command.groupId());
        requireAdmin(current);
        validate(command);
        context.tx().executeWithoutResult(status -> {
            Locked g = lock(command.groupId());
            int max = maxMembers(command);
            if (max < g.memberCount()) {
                throw new ValidationException(List.of(new Violation("maxMembers", "below-member-count",
                        Messages.get("groups.maxBelowCount", g.memberCount()))));
            }
            int updated = jdbc.sql("""
                    UPDATE groups SET name = :name, description = :description, category = :category,
                      visibility = :visibility, membership_type = :membership, max_members = :max, rules = :rules,
                      tags = :tags, location = :location, version = version + 1, updated_at = now()
                    WHERE id = :id AND version = :version
                    """)
                    .params(fields(command))
                    .param("id", command.groupId()).param("version", command.expectedVersion())
                    .update();
            if (updated == 0) {
                throw new ConflictException(Messages.get("groups.staleVersion"));
            }
        });
        return get(command.groupId());
    }

    private static java.util.Map<String, Object> fields(SaveGroup c) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", c.name().trim());
        m.put("description", trim(c.description()));
        m.put("category", c.category().trim());
        m.put("visibility", db(c.visibility() == null ? GroupVisibility.PUBLIC : c.visibility()));
        m.put("membership", db(c.membershipType() == null ? MembershipType.OPEN : c.membershipType()));
        m.put("max", maxMembers(c));
        m.put("rules", trim(c.rules()));
        m.put("tags", tags(c.tags()));
        m.put("location", trim(c.location()));
        return m;
    }

    private static int maxMembers(SaveGroup c) {
        return c.maxMembers() == null ? DEFAULT_MAX_MEMBERS : c.maxMembers();
    }

    private static void validate(SaveGroup c) {
        Problems p = new Problems()
                .requiredText("name", c.name(), SaveGroup.MAX_NAME)
                .requiredText("category", c.category(), SaveGroup.MAX_CATEGORY)
                .text("description", c.description(), SaveGroup.MAX_DESCRIPTION)
                .text("rules", c.rules(), SaveGroup.MAX_RULES)
                .text("location", c.location(), SaveGroup.MAX_LOCATION)
                .list("tags", c.tags(), MAX_TAGS, MAX_TAG)
                .range("maxMembers", c.maxMembers(), 1, SaveGroup.MAX_MEMBERS_LIMIT);
        p.throwIfAny();
    }

    // ---------------------------------------------------------------------------------------------
    // membership
    // ---------------------------------------------------------------------------------------------

    @Override
    public GroupView join(UUID groupId, String inviteCode) {
        actor.requireNotKiosk();
        if (groupId == null) {
            throw GroupsErrors.notFound();
        }
        UUID me = actor.memberId();
        context.tx().executeWithoutResult(status -> {
            Locked g = lockOrNull(groupId);
            if (g == null) {
                throw GroupsErrors.notFound();
            }
            Optional<MembershipRow> existing = membership(groupId, me);
            boolean codeGiven = inviteCode != null && !inviteCode.isBlank();
            boolean codeValid = codeGiven && g.codeMatches(inviteCode.trim(), context.clock().instant());
            boolean visible = actor.isStaff() || g.visibility() != GroupVisibility.HIDDEN
                    || existing.map(r -> r.status() == MembershipStatus.ACTIVE || r.status() == MembershipStatus.PENDING).orElse(false);
            if (!visible && !codeValid) {
                // a hidden group does not exist for someone without its code
                throw GroupsErrors.notFound();
            }
            if (codeGiven && !codeValid) {
                throw new PermissionDeniedException(Messages.get("groups.inviteInvalid"));
            }
            admit(g, existing, me, codeValid);
        });
        return get(groupId);
    }

    @Override
    public GroupView joinWithCode(String inviteCode) {
        actor.requireNotKiosk();
        String code = inviteCode == null ? "" : inviteCode.trim();
        UUID groupId = code.isEmpty() ? null : jdbc.sql("SELECT id FROM groups WHERE invite_code = ? AND status = 'active'")
                .param(code).query(UUID.class).optional().orElse(null);
        if (groupId == null) {
            throw new ValidationException(List.of(new Violation("inviteCode", "invalid", Messages.get("groups.inviteInvalid"))));
        }
        try {
            return join(groupId, code);
        } catch (PermissionDeniedException e) {
            if (e.getMessage().equals(Messages.get("groups.inviteInvalid"))) {
                throw new ValidationException(List.of(new Violation("inviteCode", "invalid", e.getMessage())));
            }
            throw e;
        }
    }

    private void admit(Locked g, Optional<MembershipRow> existing, UUID me, boolean codeValid) {
        MembershipStatus current = existing.map(MembershipRow::status).orElse(null);
        if (current == MembershipStatus.BANNED) {
            throw new PermissionDeniedException(Messages.get("groups.banned"));
        }
        if (current == MembershipStatus.ACTIVE) {
            return;
        }
        MembershipStatus target;
        if (codeValid || g.membershipType() == MembershipType.OPEN) {
            target = MembershipStatus.ACTIVE;
        } else if (g.membershipType() == MembershipType.APPROVAL_REQUIRED) {
            target = MembershipStatus.PENDING;
        } else {
            throw new PermissionDeniedException(Messages.get("groups.inviteRequired"));
        }
        if (target == current) {
            return;
        }
        if (target == MembershipStatus.ACTIVE && g.memberCount() >= g.maxMembers()) {
            throw new ConflictException(Messages.get("groups.full", g.maxMembers()));
        }
        String sql = existing.isPresent()
                ? """
                  UPDATE group_memberships SET status = :status, role = 'member', left_at = NULL,
                    joined_at = CASE WHEN :status = 'active' THEN now() ELSE joined_at END,
                    requested_at = CASE WHEN :status = 'pending' THEN now() ELSE requested_at END,
                    version = version + 1
                  WHERE group_id = :group AND user_id = :me
                  """
                : """
                  INSERT INTO group_memberships (id, group_id, user_id, role, status, joined_at, requested_at)
                  VALUES (:id, :group, :me, 'member', :status,
                          CASE WHEN :status = 'active' THEN now() END, CASE WHEN :status = 'pending' THEN now() END)
                  """;
        jdbc.sql(sql).param("id", Ids.next()).param("group", g.id()).param("me", me).param("status", db(target)).update();
        if (target == MembershipStatus.PENDING) {
            String name = memberName(me);
            for (UUID manager : managers(g.id())) {
                Notifier.notify(jdbc, manager, "group_request", me, "group", g.id(),
                        name + " asked to join " + g.name(), null);
            }
        }
    }

    @Override
    public GroupView leave(UUID groupId) {
        actor.requireNotKiosk();
        get(groupId);
        UUID me = actor.memberId();
        context.tx().executeWithoutResult(status -> {
            lock(groupId);
            Optional<MembershipRow> mine = membership(groupId, me);
            if (mine.isEmpty() || (mine.get().status() != MembershipStatus.ACTIVE && mine.get().status() != MembershipStatus.PENDING)) {
                return;
            }
            if (mine.get().status() == MembershipStatus.ACTIVE && mine.get().role() == GroupRole.ADMIN
                    && otherActiveAdmins(groupId, me) == 0 && activeMembers(groupId) > 1) {
                throw new ConflictException(Messages.get("groups.lastAdmin"));
            }
            jdbc.sql("""
                    UPDATE group_memberships SET status = 'left', role = 'member', left_at = now(), version = version + 1
                    WHERE group_id = ? AND user_id = ?
                    """).params(groupId, me).update();
        });
        // a member who left a hidden group no longer sees it: answer with what they can still see
        return load(groupId).orElseGet(() -> null);
    }

    @Override
    public GroupMember approve(UUID groupId, UUID memberId) {
        return decide(groupId, memberId, true);
    }

    @Override
    public GroupMember deny(UUID groupId, UUID memberId) {
        return decide(groupId, memberId, false);
    }

    private GroupMember decide(UUID groupId, UUID memberId, boolean approve) {
        actor.requireNotKiosk();
        GroupView group = get(groupId);
        requireModerator(group);
        context.tx().executeWithoutResult(status -> {
            Locked g = lock(groupId);
            MembershipRow row = membership(groupId, memberId)
                    .filter(r -> r.status() == MembershipStatus.PENDING)
                    .orElseThrow(() -> new ConflictException(Messages.get("groups.notPending")));
            if (approve && g.memberCount() >= g.maxMembers()) {
                throw new ConflictException(Messages.get("groups.full", g.maxMembers()));
            }
            jdbc.sql("""
                    UPDATE group_memberships SET status = :status, version = version + 1,
                      joined_at = CASE WHEN :status = 'active' THEN now() ELSE joined_at END,
                      left_at = CASE WHEN :status = 'left' THEN now() ELSE left_at END
                    WHERE group_id = :group AND user_id = :member
                    """).param("status", approve ? "active" : "left").param("group", groupId).param("member", row.memberId())
                    .update();
            Notifier.notify(jdbc, memberId, "group_request", actor.memberId(), "group", groupId,
                    (approve ? "You joined " : "Your request to join was declined: ") + g.name(), null);
        });
        return memberRow(groupId, memberId);
    }

    @Override
    public GroupMember ban(UUID groupId, UUID memberId) {
        actor.requireNotKiosk();
        GroupView group = get(groupId);
        requireModerator(group);
        context.tx().executeWithoutResult(status -> {
            lock(groupId);
            MembershipRow row = membership(groupId, memberId)
                    .orElseThrow(() -> new ConflictException(Messages.get("groups.notActiveMember")));
            boolean iAmAdmin = actor.isStaff() || group.myRole() == GroupRole.ADMIN;
            if (!iAmAdmin && row.role() != GroupRole.MEMBER && row.status() == MembershipStatus.ACTIVE) {
                throw new PermissionDeniedException(Messages.get("groups.cannotBanManager"));
            }
            if (row.status() == MembershipStatus.ACTIVE && row.role() == GroupRole.ADMIN
                    && otherActiveAdmins(groupId, memberId) == 0) {
                throw new ConflictException(Messages.get("groups.lastAdmin"));
            }
            jdbc.sql("""
                    UPDATE group_memberships SET status = 'banned', role = 'member', banned_at = now(), version = version + 1
                    WHERE group_id = ? AND user_id = ?
                    """).params(groupId, memberId).update();
            if (actor.isStaff() && group.myRole() != GroupRole.ADMIN && group.myRole() != GroupRole.MODERATOR) {
                // hub staff acting in a group they do not run: a staff action, so audited
                AuditLog.record(jdbc, actor.memberId(), "group.ban", "group", groupId,
                        Map.of("member", String.valueOf(memberId), "status", String.valueOf(row.status()),
                                "role", String.valueOf(row.role())),
                        Map.of("member", String.valueOf(memberId), "status", "BANNED", "role", "MEMBER"));
            }
        });
        return memberRow(groupId, memberId);
    }

    @Override
    public GroupMember changeRole(UUID groupId, UUID memberId, GroupRole role) {
        actor.requireNotKiosk();
        new Problems().required("role", role).throwIfAny();
        GroupView group = get(groupId);
        requireAdmin(group);
        context.tx().executeWithoutResult(status -> {
            lock(groupId);
            MembershipRow row = membership(groupId, memberId)
                    .filter(r -> r.status() == MembershipStatus.ACTIVE)
                    .orElseThrow(() -> new ConflictException(Messages.get("groups.notActiveMember")));
            if (row.role() == GroupRole.ADMIN && role != GroupRole.ADMIN && otherActiveAdmins(groupId, memberId) == 0) {
                throw new ConflictException(Messages.get("groups.lastAdmin"));
            }
            jdbc.sql("UPDATE group_memberships SET role = ?, version = version + 1 WHERE group_id = ? AND user_id = ?")
                    .params(db(role), groupId, memberId).update();
        });
        return memberRow(groupId, memberId);
    }

    @Override
    public InviteCode regenerateInvite(UUID groupId, Integer validForDays) {
        actor.requireNotKiosk();
        new Problems().range("validForDays", validForDays, 1, 365).throwIfAny();
        GroupView group = get(groupId);
        requireModerator(group);
        String code = newInviteCode();
        Instant expires = validForDays == null ? null : context.clock().instant().plus(Duration.ofDays(validForDays));
        // a new code is not an edit of the group's fields: the version stays, so an open editor can still save
        jdbc.sql("UPDATE groups SET invite_code = ?, invite_code_expires_at = ?, updated_at = now() WHERE id = ?")
                .params(code, expires == null ? null : Timestamp.from(expires), groupId).update();
        return new InviteCode(code, expires);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------

    private Optional<GroupView> load(UUID groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return viewerParams(jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE g.id = :id AND " + GroupAccess.VISIBLE_TO_VIEWER))
                .param("id", groupId)
                .query((rs, n) -> view(rs)).optional();
    }

    private JdbcClient.StatementSpec viewerParams(JdbcClient.StatementSpec spec) {
        return spec.param("viewer", actor.memberId()).param("staff", actor.isStaff());
    }

    private boolean isModerator(GroupView g) {
        return actor.isStaff() || (g.isActiveMember() && (g.myRole() == GroupRole.ADMIN || g.myRole() == GroupRole.MODERATOR));
    }

    private void requireModerator(GroupView g) {
        if (!isModerator(g)) {
            throw new PermissionDeniedException(Messages.get("groups.notModerator"));
        }
    }

    private void requireAdmin(GroupView g) {
        if (!g.canManage()) {
            throw new PermissionDeniedException(Messages.get("groups.notManager"));
        }
    }

    private GroupView view(ResultSet rs) throws SQLException {
        GroupRole myRole = en(GroupRole.class, rs.getString("my_role"));
        MembershipStatus myStatus = en(MembershipStatus.class, rs.getString("my_status"));
        boolean active = myStatus == MembershipStatus.ACTIVE;
        boolean admin = actor.isStaff() || (active && myRole == GroupRole.ADMIN);
        boolean moderator = admin || (active && myRole == GroupRole.MODERATOR);
        Timestamp expires = rs.getTimestamp("invite_code_expires_at");
        return new GroupView(
                rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("name"), rs.getString("description"),
                rs.getString("category"), en(GroupVisibility.class, rs.getString("visibility")),
                en(MembershipType.class, rs.getString("membership_type")), rs.getInt("max_members"),
                rs.getInt("member_count"), rs.getString("rules"), list(rs.getArray("tags")), rs.getString("location"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                active || myStatus == MembershipStatus.PENDING ? myRole : null, myStatus, admin,
                moderator ? rs.getString("invite_code") : null,
                moderator && expires != null ? expires.toInstant() : null);
    }

    private GroupMember member(ResultSet rs) throws SQLException {
        String name = rs.getString("full_name");
        Timestamp joined = rs.getTimestamp("joined_at");
        return new GroupMember(rs.getObject("user_id", UUID.class), name == null || name.isBlank() ? rs.getString("email") : name,
                en(GroupRole.class, rs.getString("role")), en(MembershipStatus.class, rs.getString("status")),
                joined == null ? null : joined.toInstant());
    }

    private GroupMember memberRow(UUID groupId, UUID memberId) {
        return jdbc.sql("""
                SELECT gm.user_id, gm.role, gm.status, gm.joined_at, p.full_name, p.email
                FROM group_memberships gm JOIN personal_details p ON p.user_id = gm.user_id
                WHERE gm.group_id = ? AND gm.user_id = ?
                """).params(groupId, memberId).query((rs, n) -> member(rs)).single();
    }

    record Locked(UUID id, String name, GroupVisibility visibility, MembershipType membershipType, int maxMembers,
                  int memberCount, String inviteCode, Instant inviteExpiresAt) {

        boolean codeMatches(String code, Instant now) {
            return inviteCode != null && java.security.MessageDigest.isEqual(inviteCode.getBytes(), code.getBytes())
                    && (inviteExpiresAt == null || inviteExpiresAt.isAfter(now));
        }
    }

    private Locked lockOrNull(UUID groupId) {
        return jdbc.sql("""
                SELECT id, name, visibility, membership_type, max_members, member_count, invite_code, invite_code_expires_at
                FROM groups WHERE id = ? AND status = 'active' FOR UPDATE
                """).param(groupId).query((rs, n) -> {
                    Timestamp exp = rs.getTimestamp("invite_code_expires_at");
                    return new Locked(rs.getObject("id", UUID.class), rs.getString("name"),
                            en(GroupVisibility.class, rs.getString("visibility")),
                            en(MembershipType.class, rs.getString("membership_type")),
                            rs.getInt("max_members"), rs.getInt("member_count"), rs.getString("invite_code"),
                            exp == null ? null : exp.toInstant());
                }).optional().orElse(null);
    }

    private Locked lock(UUID groupId) {
        Locked g = lockOrNull(groupId);
        if (g == null) {
            throw GroupsErrors.notFound();
        }
        return g;
    }

    record MembershipRow(UUID memberId, GroupRole role, MembershipStatus status) {
    }

    private Optional<MembershipRow> membership(UUID groupId, UUID memberId) {
        return jdbc.sql("SELECT user_id, role, status FROM group_memberships WHERE group_id = ? AND user_id = ?")
                .params(groupId, memberId)
                .query((rs, n) -> new MembershipRow(rs.getObject("user_id", UUID.class),
                        en(GroupRole.class, rs.getString("role")), en(MembershipStatus.class, rs.getString("status"))))
                .optional();
    }

    private long otherActiveAdmins(UUID groupId, UUID except) {
        return jdbc.sql("""
                SELECT count(*) FROM group_memberships
                WHERE group_id = ? AND user_id <> ? AND status = 'active' AND role = 'admin'
                """).params(groupId, except).query(Long.class).single();
    }

    private long activeMembers(UUID groupId) {
        return jdbc.sql("SELECT count(*) FROM group_memberships WHERE group_id = ? AND status = 'active'")
                .param(groupId).query(Long.class).single();
    }

    private List<UUID> managers(UUID groupId) {
        return jdbc.sql("""
                SELECT user_id FROM group_memberships
                WHERE group_id = ? AND status = 'active' AND role IN ('admin', 'moderator')
                """).param(groupId).query(UUID.class).list();
    }

    private String memberName(UUID memberId) {
        return jdbc.sql("SELECT coalesce(nullif(full_name, ''), email) FROM personal_details WHERE user_id = ?")
                .param(memberId).query(String.class).single();
    }

    static String newInviteCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }



    private static List<String> list(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String[] tags(List<String> tags) {
        if (tags == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            String s = trim(t);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }


    /** Errors shared by the group calls. */
    static final class GroupsErrors {
        private GroupsErrors() {
        }

        static NotFoundException notFound() {
            return new NotFoundException(Messages.get("groups.notFound"));
        }
    }
}
