package org.smilefactory.core.profiles;

import org.smilefactory.core.common.Paging;
import org.smilefactory.core.common.SqlValues;
import static org.smilefactory.core.common.SqlValues.escapeLike;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.Gender;
import org.smilefactory.core.api.profiles.ProfileCompletion;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ProfileService} on the local database, acting as one {@link Actor}. */
public final class LocalProfileService implements ProfileService {

    /**
     * Who may see profile {@code p}: the member themselves and staff always; others only a
     * published profile that is public, or connections-only with an accepted connection. Public (like
     * {@link #ENTRY_COLUMNS}) only so the query-plan tool of the benchmarks explains the real SQL.
     */
    public static final String VISIBLE_TO_VIEWER = """
            (:staff OR p.user_id = :viewer OR (p.profile_state = 'PUBLISHED' AND (
                p.profile_visibility = 'public'
                OR (p.profile_visibility = 'connections_only' AND EXISTS (
                    SELECT 1 FROM connections c WHERE c.status = 'accepted'
                      AND ((c.requester_id = :viewer AND c.recipient_id = p.user_id)
                        OR (c.recipient_id = :viewer AND c.requester_id = p.user_id)))))))
            """;

    private static final String PROFILE_COLUMNS = """
            p.user_id, p.version, p.email, p.first_name, p.last_name, p.profile_name, p.gender,
            p.phone_country_code, p.phone_number, p.bio, p.location, p.profile_type, p.profile_visibility,
            p.profile_state, p.profile_completion, p.is_verified, p.updated_at
            """;

    public static final String ENTRY_COLUMNS = """
            p.user_id, p.full_name, p.email, p.profile_name, p.profile_type, p.location, p.headline,
            p.focus_tags, p.profile_completion, p.profile_state, p.profile_visibility
            """;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;
    private final DetailsStore details;

    public LocalProfileService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
        this.details = new DetailsStore(ctx.jdbc());
    }

    @Override
    public ProfileView mine() {
        return load(actor.memberId()).orElseThrow(() -> new NotFoundException(Messages.get("profiles.notFound")));
    }

    @Override
    public ProfileView get(UUID memberId) {
        actor.requireNotKiosk();
        if (memberId == null) {
            throw new NotFoundException(Messages.get("profiles.notFound"));
        }
        if (!canSee(memberId)) {
            throw new NotFoundException(Messages.get("profiles.notFound"));
        }
        return load(memberId).orElseThrow(() -> new NotFoundException(Messages.get("profiles.notFound")));
    }

    @Override
    public ProfileView save(SaveProfile command) {
        ProfileValidator.validate(command);
        requireEditable(command.memberId());
        ProfileDetails typeDetails = command.profileType() == null ? null
                : command.details() == null ? ProfileDetails.empty(command.profileType()) : command.details();
        SaveProfile normalised = withDetails(command, typeDetails);
        ProfileFacts.Facts facts = ProfileFacts.of(normalised);
        ProfileVisibility visibility = command.visibility() == null ? ProfileVisibility.PUBLIC : command.visibility();
        boolean byStaff = !actor.is(command.memberId());
        ctx.tx().executeWithoutResult(status -> {
            // staff editing someone else's profile is audited, before and after, in the same transaction
            Map<String, Object> before = byStaff ? load(command.memberId()).map(LocalProfileService::audited).orElse(null) : null;
            int updated = jdbc.sql("""
                    UPDATE personal_details SET
                      first_name = :first, last_name = :last, profile_name = :profileName, gender = :gender,
                      phone_country_code = :cc, phone_number = :phone, bio = :bio, location = :location,
                      profile_type = :type, profile_visibility = :visibility, profile_completion = :completion,
                      focus_tags = :tags, headline = :headline,
                      search_vector = sf_member_search_vector(:first, :last, :text),
                      version = version + 1, updated_at = now()
                    WHERE user_id = :id AND version = :version AND deleted_at IS NULL
                    """)
                    .param("first", trim(command.firstName()))
                    .param("last", trim(command.lastName()))
                    .param("profileName", trim(command.profileName()))
                    .param("gender", SqlValues.db(command.gender()))
                    .param("cc", trim(command.phoneCountryCode()))
                    .param("phone", trim(command.phoneNumber()))
                    .param("bio", trim(command.bio()))
                    .param("location", trim(command.location()))
                    .param("type", SqlValues.db(command.profileType()))
                    .param("visibility", SqlValues.db(visibility))
                    .param("completion", facts.completion())
                    .param("tags", facts.focusTags())
                    .param("headline", facts.headline())
                    .param("text", facts.searchText())
                    .param("id", command.memberId())
                    .param("version", command.expectedVersion())
                    .update();
            if (updated == 0) {
                throw staleOrMissing(command.memberId());
            }
            details.deleteOtherTypes(command.memberId(), command.profileType());
            if (typeDetails != null) {
                details.upsert(command.memberId(), typeDetails);
            }
            if (before != null) {
                AuditLog.recordChanges(jdbc, actor.memberId(), "profile.edit", "profile", command.memberId(), before,
                        audited(load(command.memberId()).orElseThrow()));
            }
        });
        return load(command.memberId()).orElseThrow();
    }

    @Override
    public ProfileView publish(UUID memberId, long expectedVersion) {
        requireEditable(memberId);
        ProfileView current = load(memberId).orElseThrow(() -> new NotFoundException(Messages.get("profiles.notFound")));
        if (current.profileType() == null) {
            throw new ValidationException(List.of(new Violation("profileType", "required", Messages.get("profiles.publishNeedsType"))));
        }
        return setState(memberId, expectedVersion, ProfileState.PUBLISHED);
    }

    @Override
    public ProfileView unpublish(UUID memberId, long expectedVersion) {
        requireEditable(memberId);
        return setState(memberId, expectedVersion, ProfileState.DRAFT);
    }

    private ProfileView setState(UUID memberId, long expectedVersion, ProfileState state) {
        if (!actor.is(memberId)) {
            return ctx.tx().execute(status -> {
                Map<String, Object> before = load(memberId).map(LocalProfileService::audited).orElse(null);
                ProfileView after = writeState(memberId, expectedVersion, state);
                if (before != null) {
                    AuditLog.recordChanges(jdbc, actor.memberId(), "profile." + (state == ProfileState.PUBLISHED
                            ? "publish" : "unpublish"), "profile", memberId, before, audited(after));
                }
                return after;
            });
        }
        return writeState(memberId, expectedVersion, state);
    }

    /**
     * The fields of a profile the audit log keeps for a staff edit: what the profile form edits, with
     * the type's details as their own fields (secrets are never part of a profile).
     */
    static Map<String, Object> audited(ProfileView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", p.firstName());
        m.put("lastName", p.lastName());
        m.put("profileName", p.profileName());
        m.put("gender", p.gender() == null ? null : p.gender().name());
        m.put("phoneCountryCode", p.phoneCountryCode());
        m.put("phoneNumber", p.phoneNumber());
        m.put("bio", p.bio());
        m.put("location", p.location());
        m.put("profileType", p.profileType() == null ? null : p.profileType().name());
        m.put("visibility", p.visibility() == null ? null : p.visibility().name());
        m.put("state", p.state() == null ? null : p.state().name());
        if (p.details() != null) {
            Map<?, ?> details = ContractJson.mapper().convertValue(p.details(), Map.class);
            details.forEach((k, v) -> {
                if (!"type".equals(k)) {
                    m.put("details." + k, v);
                }
            });
        }
        return m;
    }

    private ProfileView writeState(UUID memberId, long expectedVersion, ProfileState state) {
        int updated = jdbc.sql("""
                UPDATE personal_details SET profile_state = :state, version = version + 1, updated_at = now(),
                  published_at = CASE WHEN :state = 'PUBLISHED' THEN coalesce(published_at, now()) ELSE published_at END
                WHERE user_id = :id AND version = :version AND deleted_at IS NULL
                """)
                .param("state", state.name())
                .param("id", memberId)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw staleOrMissing(memberId);
        }
        return load(memberId).orElseThrow();
    }

    @Override
    public DirectoryPage directory(DirectoryQuery query) {
        actor.requireNotKiosk();
        int limit = Paging.limit(query.limit(), DirectoryQuery.DEFAULT_LIMIT, DirectoryQuery.MAX_LIMIT);
        String text = query.text() == null ? "" : query.text().trim();
        if (text.length() > 200) {
            throw new ValidationException(List.of(new Violation("text", "too-long", Messages.get("validation.tooLong", 200))));
        }
        String prefixQuery = WORD.matcher(text.toLowerCase(Locale.ROOT)).results()
                .map(m -> m.group() + ":*").limit(8).collect(Collectors.joining(" & "));
        boolean ranked = !text.isEmpty();
        Cursor cursor = Cursor.decode(query.cursor(), ranked);

        StringBuilder sql = new StringBuilder();
        sql.append("SELECT * FROM (SELECT ").append(ENTRY_COLUMNS);
        if (ranked) {
            // Name similarity tolerates typos ("Tendia" finds "Tendai"); the tsvector finds words in
            // profile names, bios and type details. The better of the two ranks the row. Strict word
            // similarity compares whole words, so "Chiwehse" finds "Chiweshe" and not "Chiwenga";
            // its threshold (0.35, see Database) is set per connection.
            sql.append(", greatest(strict_word_similarity(:text, p.full_name), ")
               .append(prefixQuery.isEmpty() ? "0" : "ts_rank(p.search_vector, to_tsquery('english', :tsq))")
               .append(")::float8 AS score");
        }
        sql.append(" FROM personal_details p WHERE p.deleted_at IS NULL AND p.deactivated_at IS NULL AND p.invited_at IS NULL AND p.role <> 'kiosk' AND ")
           .append(VISIBLE_TO_VIEWER);
        List<String> types = query.types() == null ? List.of()
                : query.types().stream().map(SqlValues::db).sorted().toList();
        if (!types.isEmpty()) {
            sql.append(" AND p.profile_type = ANY(:types)");
        }
        if (query.location() != null && !query.location().isBlank()) {
            sql.append(" AND p.location ILIKE :location");
        }
        if (query.focus() != null && !query.focus().isBlank()) {
            sql.append(" AND sf_text_array_to_string(p.focus_tags) ILIKE :focus");
        }
        if (ranked) {
            sql.append(" AND (:text <<% p.full_name");
            if (!prefixQuery.isEmpty()) {
                sql.append(" OR p.search_vector @@ to_tsquery('english', :tsq)");
            }
            sql.append(")) hits");
            if (cursor != null) {
                sql.append(" WHERE (score < :cscore OR (score = :cscore AND user_id > :cid))");
            }
            sql.append(" ORDER BY score DESC, user_id");
        } else {
            sql.append(") hits");
            if (cursor != null) {
                sql.append(" WHERE (full_name, user_id) > (:cname, :cid)");
            }
            sql.append(" ORDER BY full_name, user_id");
        }
        sql.append(" LIMIT :limit");

        var spec = jdbc.sql(sql.toString())
                .param("staff", actor.isStaff())
                .param("viewer", actor.memberId())
                .param("limit", limit + 1);
        if (!types.isEmpty()) {
            spec = spec.param("types", types.toArray(String[]::new));
        }
        if (query.location() != null && !query.location().isBlank()) {
            spec = spec.param("location", "%" + escapeLike(query.location().trim()) + "%");
        }
        if (query.focus() != null && !query.focus().isBlank()) {
            spec = spec.param("focus", "%" + escapeLike(query.focus().trim()) + "%");
        }
        if (ranked) {
            spec = spec.param("text", text);
            if (!prefixQuery.isEmpty()) {
                spec = spec.param("tsq", prefixQuery);
            }
        }
        if (cursor != null) {
            spec = spec.param("cid", cursor.id());
            spec = ranked ? spec.param("cscore", cursor.score()) : spec.param("cname", cursor.name());
        }
        List<Row> rows = spec.query((rs, n) -> new Row(entry(rs), rs.getString("full_name"),
                ranked ? rs.getDouble("score") : 0)).list();
        String next = null;
        if (rows.size() > limit) {
            Row last = rows.get(limit - 1);
            next = ranked ? Cursor.ranked(last.score(), last.entry().memberId())
                    : Cursor.byName(last.fullName(), last.entry().memberId());
            rows = rows.subList(0, limit);
        }
        return new DirectoryPage(rows.stream().map(Row::entry).toList(), next);
    }

    private record Row(DirectoryEntry entry, String fullName, double score) {
    }

    private DirectoryEntry entry(ResultSet rs) throws SQLException {
        String name = rs.getString("full_name");
        return new DirectoryEntry(
                rs.getObject("user_id", UUID.class),
                name == null || name.isBlank() ? rs.getString("email") : name,
                rs.getString("profile_name"),
                SqlValues.en(ProfileType.class, rs.getString("profile_type")),
                rs.getString("location"),
                rs.getString("headline"),
                DetailsStore.list(rs.getArray("focus_tags")),
                rs.getInt("profile_completion"),
                ProfileState.valueOf(rs.getString("profile_state")),
                SqlValues.en(ProfileVisibility.class, rs.getString("profile_visibility")));
    }

    private Optional<ProfileView> load(UUID memberId) {
        Optional<ProfileView> base = jdbc.sql("SELECT " + PROFILE_COLUMNS + " FROM personal_details p WHERE p.user_id = ? AND p.deleted_at IS NULL")
                .param(memberId)
                .query((rs, n) -> view(rs))
                .optional();
        return base.map(v -> {
            ProfileDetails d = v.profileType() == null ? null
                    : details.read(v.profileType(), memberId).orElse(ProfileDetails.empty(v.profileType()));
            SaveProfile asCommand = new SaveProfile(v.memberId(), v.version(), v.firstName(), v.lastName(), v.profileName(),
                    v.gender(), v.phoneCountryCode(), v.phoneNumber(), v.bio(), v.location(), v.profileType(),
                    v.visibility(), d);
            List<String> missing = ProfileCompletion.of(asCommand).missingFields();
            boolean privileged = MemberFields.contactVisible(actor, memberId);
            return new ProfileView(v.memberId(), v.version(), privileged ? v.email() : null, v.firstName(), v.lastName(),
                    v.profileName(), v.gender(), privileged ? v.phoneCountryCode() : null,
                    privileged ? v.phoneNumber() : null, v.bio(), v.location(), v.profileType(), v.visibility(),
                    v.state(), v.completion(), ProfileFacts.userState(v.profileType(), v.completion()), v.verified(),
                    d, missing, v.updatedAt());
        });
    }

    private static ProfileView view(ResultSet rs) throws SQLException {
        ProfileType type = SqlValues.en(ProfileType.class, rs.getString("profile_type"));
        int completion = rs.getInt("profile_completion");
        return new ProfileView(
                rs.getObject("user_id", UUID.class), rs.getLong("version"), rs.getString("email"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("profile_name"),
                SqlValues.en(Gender.class, rs.getString("gender")),
                rs.getString("phone_country_code"), rs.getString("phone_number"), rs.getString("bio"),
                rs.getString("location"), type,
                SqlValues.en(ProfileVisibility.class, rs.getString("profile_visibility")),
                ProfileState.valueOf(rs.getString("profile_state")), completion,
                ProfileFacts.userState(type, completion), rs.getBoolean("is_verified"), null, List.of(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private void requireEditable(UUID memberId) {
        actor.requireNotKiosk();
        if (memberId == null) {
            throw new ValidationException(List.of(new Violation("memberId", "required", Messages.get("validation.required"))));
        }
        if (!actor.is(memberId) && !actor.isStaff()) {
            // Do not reveal whether a profile the actor cannot see exists.
            if (!canSee(memberId)) {
                throw new NotFoundException(Messages.get("profiles.notFound"));
            }
            throw new PermissionDeniedException(Messages.get("profiles.notYours"));
        }
    }

    private boolean canSee(UUID memberId) {
        return jdbc.sql("SELECT count(*) FROM personal_details p WHERE p.user_id = :id AND p.deleted_at IS NULL AND " + VISIBLE_TO_VIEWER)
                .param("id", memberId).param("staff", actor.isStaff()).param("viewer", actor.memberId())
                .query(Long.class).single() > 0;
    }

    private RuntimeException staleOrMissing(UUID memberId) {
        boolean exists = jdbc.sql("SELECT count(*) FROM personal_details WHERE user_id = ? AND deleted_at IS NULL")
                .param(memberId).query(Long.class).single() > 0;
        return exists ? new ConflictException(Messages.get("profiles.staleVersion"))
                : new NotFoundException(Messages.get("profiles.notFound"));
    }

    private static SaveProfile withDetails(SaveProfile c, ProfileDetails d) {
        return new SaveProfile(c.memberId(), c.expectedVersion(), c.firstName(), c.lastName(), c.profileName(), c.gender(),
                c.phoneCountryCode(), c.phoneNumber(), c.bio(), c.location(), c.profileType(), c.visibility(), d);
    }

    /**
     * Whether {@code current} already holds everything {@code command} would write (its version
     * aside), compared as {@link #save} would store it. The offline push asks this of a stale save:
     * the same save may have reached the server before, its reply lost to a dropped network.
     * Anything it cannot tell equal counts as different.
     */
    public static boolean holds(ProfileView current, SaveProfile command) {
        if (current == null || command == null || !current.memberId().equals(command.memberId())
                || current.profileType() != command.profileType()) {
            return false;
        }
        ProfileDetails wanted = command.profileType() == null ? null
                : command.details() == null ? ProfileDetails.empty(command.profileType()) : command.details();
        ProfileVisibility visibility = command.visibility() == null ? ProfileVisibility.PUBLIC : command.visibility();
        return java.util.Objects.equals(trim(command.firstName()), current.firstName())
                && java.util.Objects.equals(trim(command.lastName()), current.lastName())
                && java.util.Objects.equals(trim(command.profileName()), current.profileName())
                && command.gender() == current.gender()
                && java.util.Objects.equals(trim(command.phoneCountryCode()), current.phoneCountryCode())
                && java.util.Objects.equals(trim(command.phoneNumber()), current.phoneNumber())
                && java.util.Objects.equals(trim(command.bio()), current.bio())
                && java.util.Objects.equals(trim(command.location()), current.location())
                && visibility == current.visibility()
                && java.util.Objects.equals(wanted, current.details());
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }


    /** Opaque keyset position: the sort key of the last row of a page. */
    record Cursor(String name, double score, UUID id) {

        static String byName(String name, UUID id) {
            return encode("n\n" + (name == null ? "" : name) + "\n" + id);
        }

        static String ranked(double score, UUID id) {
            return encode("s\n" + score + "\n" + id);
        }

        static Cursor decode(String token, boolean ranked) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 3 || !parts[0].equals(ranked ? "s" : "n")) {
                    throw new IllegalArgumentException("cursor kind");
                }
                UUID id = UUID.fromString(parts[2]);
                return ranked ? new Cursor(null, Double.parseDouble(parts[1]), id) : new Cursor(parts[1], 0, id);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("profiles.invalidCursor"))));
            }
        }

        private static String encode(String raw) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }
}
