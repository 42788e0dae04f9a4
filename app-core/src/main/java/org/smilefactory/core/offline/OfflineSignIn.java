package org.smilefactory.core.offline;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.accounts.LocalAccountService;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;

/**
 * Signing in with no network, against the replica. The server sends no password hash (decision 0013);
 * the replica's owner signs in against the hash this computer made of their password when the server
 * last accepted it ({@link OfflinePassword}), so only the owner can sign in on it. There is no
 * throttle offline: guessing needs the replica's files, and whoever has those has the data already.
 */
public final class OfflineSignIn {

    private OfflineSignIn() {
    }

    /** @throws UnauthenticatedException for a wrong password or a member the replica does not hold */
    public static SignedIn signIn(CoreContext replica, String email, String password) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        record Credentials(UUID id, String hash, String role) {
        }
        // only the replica's owner: the hash is the one this computer made when the server accepted them
        Optional<Credentials> found = replica.jdbc().sql("""
                SELECT p.user_id, h.value, p.role FROM personal_details p
                JOIN sync_state m ON m.key = 'member_id' AND m.value = CAST(p.user_id AS text)
                LEFT JOIN sync_state h ON h.key = ?
                WHERE lower(p.email) = ? AND p.deleted_at IS NULL
                """).param(OfflinePassword.KEY).param(normalised)
                .query((rs, n) -> new Credentials(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
        String hash = found.map(Credentials::hash).filter(OfflineSignIn::isBcrypt).orElse(null);
        // a null hash is compared against a decoy, so an unknown email costs the same time
        boolean matches = replica.passwords().matches(password == null ? "" : password, hash);
        if (hash == null || !matches) {
            throw new UnauthenticatedException(Messages.get("accounts.badCredentials"));
        }
        Credentials c = found.get();
        Actor actor = new Actor(c.id(), Role.valueOf(c.role().toUpperCase(Locale.ROOT)));
        MemberAccount account = new LocalAccountService(replica, actor).me();
        return new SignedIn(account, actor);
    }

    /** A real bcrypt hash ($2a$/$2b$/$2y$, cost, 53 characters of salt and hash); anything else never matches. */
    static boolean isBcrypt(String hash) {
        return hash != null && hash.matches("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    }
}
