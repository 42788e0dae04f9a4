package org.smilefactory.core.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes the account columns of {@code personal_details}. */
final class MemberAccounts {

    static final String COLUMNS =
            "user_id, email, first_name, last_name, role, email_verified, last_login_at, created_at";

    private final JdbcClient jdbc;

    MemberAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MemberAccount> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personal_details WHERE user_id = ? AND deleted_at IS NULL")
                .param(id).query(MemberAccounts::map).optional();
    }

    /** As {@link #find}, but not when the account is deactivated or only invited (decision 0024). */
    Optional<MemberAccount> findActive(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM personal_details WHERE user_id = ? AND deleted_at IS NULL"
                        + " AND deactivated_at IS NULL AND invited_at IS NULL")
                .param(id).query(MemberAccounts::map).optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM personal_details WHERE lower(email) = lower(?)")
                .param(email.trim()).query(Long.class).single() > 0;
    }

    void insert(UUID id, String email, String passwordHash, String firstName, String lastName, Role role) {
        jdbc.sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, role,
                                              profile_state, profile_visibility, profile_completion,
                                              search_vector)
                VALUES (:id, :email, :hash, :first, :last, :role, 'DRAFT', 'public', 0,
                        sf_member_search_vector(:first, :last, NULL))
                """)
                .param("id", id)
                .param("email", email.trim())
                .param("hash", passwordHash)
                .param("first", trimToNull(firstName))
                .param("last", trimToNull(lastName))
                .param("role", dbValue(role))
                .update();
    }

    static String dbValue(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static Role role(String dbValue) {
        return Role.valueOf(dbValue.toUpperCase(Locale.ROOT));
    }

    static MemberAccount map(ResultSet rs, int row) throws SQLException {
        return new MemberAccount(
                rs.getObject("user_id", UUID.class),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                role(rs.getString("role")),
                rs.getBoolean("email_verified"),
                instant(rs.getTimestamp("last_login_at")),
                instant(rs.getTimestamp("created_at")));
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
