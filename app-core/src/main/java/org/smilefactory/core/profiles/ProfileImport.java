package org.smilefactory.core.profiles;

import org.smilefactory.core.common.SqlValues;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many new members with their profiles at once (demo data, and later imports). Each row ends
 * up exactly as {@link LocalProfileService#save} would leave it: the same validation, the same
 * normalisation (trimmed texts, a type without details gets empty details, visibility defaults to
 * public) and the same derived columns (completion, focus tags, headline, search vector).
 *
 * <p>This is a tool for trusted callers (it performs no authorisation): the caller checks that the
 * acting member may add members. Accounts get the role {@code user}.
 */
public final class ProfileImport {

    /**
     * The weighted search vector of {@link LocalProfileService#save}: the name in 'simple' (names
     * must not be stemmed) at weight A, everything else in 'english' at weight B. Parameters: first
     * name, last name, search text.
     */
    static final String SEARCH_VECTOR = "sf_member_search_vector(?, ?, ?)";

    private static final String INSERT_MEMBER = """
            INSERT INTO personal_details (user_id, email, password_hash, role, email_verified,
                first_name, last_name, profile_name, gender, phone_country_code, phone_number, bio, location,
                profile_type, profile_visibility, profile_state, profile_completion, focus_tags, headline,
                search_vector, created_at, updated_at, published_at)
            VALUES (?, ?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                """ + SEARCH_VECTOR + ", ?, ?, ?)";

    /**
     * One member to create. {@code profile.memberId()} is the new member's id (time-ordered, from
     * {@code Ids.next()}); {@code profile.expectedVersion()} is ignored. A null {@code joinedAt}
     * means now.
     */
    public record NewMember(String email, boolean emailVerified, SaveProfile profile, ProfileState state,
                            Instant joinedAt) {

        public NewMember {
            Objects.requireNonNull(profile, "profile");
            state = state == null ? ProfileState.DRAFT : state;
        }
    }

    private final CoreContext ctx;
    private final JdbcTemplate jdbcTemplate;
    private final DetailsStore details;

    public ProfileImport(CoreContext ctx) {
        this.ctx = ctx;
        // Same DataSource as ctx.tx(): the template joins the caller's transaction.
        this.jdbcTemplate = new JdbcTemplate(ctx.dataSource());
        this.details = new DetailsStore(ctx.jdbc());
    }

    /**
     * Checks one member against the rules {@link LocalProfileService#save} and
     * {@link LocalProfileService#publish} apply, plus a valid e-mail address.
     *
     * @throws ValidationException listing every bad field
     */
    public static void validate(NewMember member) {
        new Problems().email("email", member.email()).throwIfAny();
        ProfileValidator.validate(member.profile());
        if (member.state() == ProfileState.PUBLISHED && member.profile().profileType() == null) {
            throw new ValidationException(List.of(
                    new Violation("profileType", "required", Messages.get("profiles.publishNeedsType"))));
        }
    }

    /**
     * Validates every member, then inserts them all (accounts, profiles, type details) in one
     * transaction: all or nothing. Joins the caller's transaction if there is one, so a caller can
     * add rows of its own (connections, an audit entry) atomically. Every member gets the given
     * bcrypt {@code passwordHash}.
     *
     * @throws ValidationException for the first member that breaks a rule; nothing is written
     * @throws org.springframework.dao.DuplicateKeyException when an e-mail address is taken
     */
    public void insert(List<NewMember> members, String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (members.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>(members.size());
        for (NewMember m : members) {
            validate(m);
            rows.add(Row.of(m));
        }
        Timestamp now = Timestamp.from(ctx.clock().instant());
        ctx.tx().executeWithoutResult(status -> {
            jdbcTemplate.batchUpdate(INSERT_MEMBER, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    rows.get(i).bind(ps, passwordHash, now);
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            });
            for (Row r : rows) {
                if (r.typeDetails() != null) {
                    details.upsert(r.profile().memberId(), r.typeDetails());
                }
            }
        });
    }

    /** A member normalised as {@code save} does, with its derived facts. */
    private record Row(NewMember member, SaveProfile profile, ProfileDetails typeDetails, ProfileFacts.Facts facts,
                       ProfileVisibility visibility) {

        static Row of(NewMember m) {
            SaveProfile p = m.profile();
            ProfileDetails typeDetails = p.profileType() == null ? null
                    : p.details() == null ? ProfileDetails.empty(p.profileType()) : p.details();
            SaveProfile normalised = new SaveProfile(p.memberId(), p.expectedVersion(), p.firstName(), p.lastName(),
                    p.profileName(), p.gender(), p.phoneCountryCode(), p.phoneNumber(), p.bio(), p.location(),
                    p.profileType(), p.visibility(), typeDetails);
            ProfileVisibility visibility = p.visibility() == null ? ProfileVisibility.PUBLIC : p.visibility();
            return new Row(m, normalised, typeDetails, ProfileFacts.of(normalised), visibility);
        }

        void bind(PreparedStatement ps, String passwordHash, Timestamp now) throws SQLException {
            SaveProfile p = profile;
            Timestamp joined = member.joinedAt() == null ? now : Timestamp.from(member.joinedAt());
            String first = trim(p.firstName());
            String last = trim(p.lastName());
            int i = 0;
            ps.setObject(++i, p.memberId());
            ps.setString(++i, member.email().trim());
            ps.setString(++i, passwordHash);
            ps.setBoolean(++i, member.emailVerified());
            ps.setString(++i, first);
            ps.setString(++i, last);
            ps.setString(++i, trim(p.profileName()));
            ps.setString(++i, SqlValues.db(p.gender()));
            ps.setString(++i, trim(p.phoneCountryCode()));
            ps.setString(++i, trim(p.phoneNumber()));
            ps.setString(++i, trim(p.bio()));
            ps.setString(++i, trim(p.location()));
            ps.setString(++i, SqlValues.db(p.profileType()));
            ps.setString(++i, SqlValues.db(visibility));
            ps.setString(++i, member.state().name());
            ps.setInt(++i, facts.completion());
            Array tags = ps.getConnection().createArrayOf("text", facts.focusTags());
            ps.setArray(++i, tags);
            ps.setString(++i, facts.headline());
            ps.setString(++i, first);
            ps.setString(++i, last);
            ps.setString(++i, facts.searchText());
            ps.setTimestamp(++i, joined);
            ps.setTimestamp(++i, joined);
            if (member.state() == ProfileState.PUBLISHED) {
                ps.setTimestamp(++i, joined);
            } else {
                ps.setNull(++i, Types.TIMESTAMP);
            }
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
