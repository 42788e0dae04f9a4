package org.smilefactory.core.accounts;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.accounts.AccountPage;
import org.smilefactory.core.api.accounts.AccountQuery;
import org.smilefactory.core.api.accounts.AccountSort;
import org.smilefactory.core.api.accounts.AccountState;
import org.smilefactory.core.api.accounts.AccountSummary;
import org.smilefactory.core.api.accounts.Invite;
import org.smilefactory.core.api.accounts.InviteResult;
import org.smilefactory.core.api.accounts.MailSettings;
import org.smilefactory.core.api.accounts.ResetCode;
import org.smilefactory.core.common.Paging;
import org.smilefactory.core.mail.Mailer;
import org.smilefactory.core.mail.MailSettingsStore;
import org.smilefactory.core.social.Cursors;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.springframework.dao.DuplicateKeyException;

/** {@link AccountService} on the local database, acting as one {@link Actor}. */
public final class LocalAccountService implements AccountService {

    private final CoreContext ctx;
    private final Actor actor;
    private final MemberAccounts accounts;

    public LocalAccountService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.accounts = new MemberAccounts(ctx.jdbc());
    }

    @Override
    public MemberAccount me() {
        return accounts.find(actor.memberId())
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
    }

    @Override
    public MemberAccount createMember(CreateMember command) {
        actor.requireStaff();
        Role role = command.role() == null ? Role.USER : command.role();
        if (role != Role.USER) {
            actor.requireAdmin();
        }
        new Problems()
                .email("email", command.email())
                .password("password", command.password())
                .requiredText("firstName", command.firstName(), 100)
                .requiredText("lastName", command.lastName(), 100)
                .throwIfAny();
        UUID id = Ids.next();
        String hash = ctx.passwords().hash(command.password());
        try {
            ctx.tx().executeWithoutResult(status -> {
                if (accounts.emailTaken(command.email())) {
                    throw duplicateEmail();
                }
                accounts.insert(id, command.email(), hash, command.firstName(), command.lastName(), role);
                AuditLog.record(ctx.jdbc(), actor.memberId(), "member.create", "member", id, null,
                        Map.of("email", command.email().trim(), "role", MemberAccounts.dbValue(role)));
            });
        } catch (DuplicateKeyException e) {
            // Two staff creating the same email at once: the unique index decides.
            throw duplicateEmail();
        }
        return accounts.find(id).orElseThrow();
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        new Problems().required("currentPassword", currentPassword).password("newPassword", newPassword).throwIfAny();
        String hash = ctx.jdbc().sql("SELECT password_hash FROM personal_details WHERE user_id = ?")
                .param(actor.memberId()).query(String.class).single();
        if (!ctx.passwords().matches(currentPassword, hash)) {
            throw new ValidationException(java.util.List.of(new Violation("currentPassword", "wrong-password",
                    Messages.get("accounts.wrongCurrentPassword"))));
        }
        String newHash = ctx.passwords().hash(newPassword);
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("UPDATE personal_details SET password_hash = ?, updated_at = now() WHERE user_id = ?")
                    .params(newHash, actor.memberId()).update();
            // whoever knew the old password is signed out everywhere else; this session stays
            int ended = SessionTokens.endSessions(ctx.jdbc(), actor.memberId(), actor.serverTokenHash());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.password.change", "member", actor.memberId(), null,
                    Map.of("sessionsEnded", ended));
        });
    }

    @Override
    public void resetPassword(UUID memberId, String newPassword) {
        actor.requireStaff();
        new Problems().required("memberId", memberId).password("newPassword", newPassword).throwIfAny();
        MemberAccount target = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        if (target.role() == Role.ADMIN && actor.role() != Role.ADMIN) {
            // staff must not take over an administrator's account
            throw new PermissionDeniedException(Messages.get("accounts.adminOnly"));
        }
        String hash = ctx.passwords().hash(newPassword);
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("""
                    UPDATE personal_details SET password_hash = ?, failed_login_count = 0, locked_until = NULL,
                      updated_at = now() WHERE user_id = ?
                    """).params(hash, memberId).update();
            Authenticator.clearThrottle(ctx, target.email());
            // a reset is for a lost or stolen password: every session and offline copy of the member ends
            // (the staff member's own session too, if they reset their own, but not the one they act in)
            int ended = SessionTokens.endSessions(ctx.jdbc(), memberId, actor.serverTokenHash());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.password.reset", "member", memberId, null,
                    Map.of("sessionsEnded", ended));
        });
    }

    @Override
    public MemberAccount changeRole(UUID memberId, Role role) {
        actor.requireAdmin();
        new Problems().required("memberId", memberId).required("role", role).throwIfAny();
        if (actor.is(memberId) && role != Role.ADMIN) {
            throw new ConflictException(Messages.get("accounts.keepOneAdmin"));
        }
        MemberAccount before = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        ctx.tx().executeWithoutResult(status -> {
            ctx.jdbc().sql("UPDATE personal_details SET role = ?, updated_at = now() WHERE user_id = ?")
                    .params(MemberAccounts.dbValue(role), memberId).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.role.change", "member", memberId,
                    Map.of("role", MemberAccounts.dbValue(before.role())), Map.of("role", MemberAccounts.dbValue(role)));
        });
        return accounts.find(memberId).orElseThrow();
    }

    @Override
    public void revokeServerSessions(UUID memberId) {
        actor.requireAdmin();
        new Problems().required("memberId", memberId).throwIfAny();
        accounts.find(memberId).orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        ctx.tx().executeWithoutResult(status -> {
            // the member's offline copies too: their device credentials cannot sign them back in
            int revoked = SessionTokens.endSessions(ctx.jdbc(), memberId, null);
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.sessions.revoke", "member", memberId, null,
                    Map.of("revoked", revoked));
        });
    }

    // ---- members and accounts administration (issue 15, decision 0024) ----

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;
    static final int MAX_CSV_ROWS = 1000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalAccountService.class);

    /** The account state of a row, as the columns say it. */
    private static final String STATE_SQL = """
            CASE WHEN p.deactivated_at IS NOT NULL THEN 'DEACTIVATED' WHEN p.invited_at IS NOT NULL THEN 'INVITED'
                 ELSE 'ACTIVE' END""";

    @Override
    public AccountPage listAccounts(AccountQuery query) {
        actor.requireStaff();
        AccountQuery q = query == null ? AccountQuery.all() : query;
        new Problems().text("text", q.text(), 200).throwIfAny();
        int limit = Paging.limit(q.limit(), DEFAULT_PAGE, MAX_PAGE);
        AccountSort sort = q.sort() == null ? AccountSort.SIGNED_UP : q.sort();
        char kind = sort == AccountSort.SIGNED_UP ? 'u' : 'l';
        String key = sort == AccountSort.SIGNED_UP ? "p.created_at" : "coalesce(p.last_login_at, 'epoch'::timestamptz)";
        StringBuilder sql = new StringBuilder("SELECT p.user_id, p.email, p.first_name, p.last_name, p.role, p.profile_state, "
                + "p.created_at, p.last_login_at, " + key + " AS sort_key, " + STATE_SQL + " AS state "
                + "FROM personal_details p WHERE p.deleted_at IS NULL");
        Map<String, Object> params = new HashMap<>();
        String text = MemberAccounts.trimToNull(q.text());
        if (text != null) {
            sql.append(" AND (lower(p.email) LIKE :q ESCAPE '\\' OR lower(p.full_name) LIKE :q ESCAPE '\\')");
            params.put("q", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (q.role() != null) {
            sql.append(" AND p.role = :role");
            params.put("role", MemberAccounts.dbValue(q.role()));
        }
        if (q.state() != null) {
            sql.append(switch (q.state()) {
                case ACTIVE -> " AND p.deactivated_at IS NULL AND p.invited_at IS NULL";
                case DEACTIVATED -> " AND p.deactivated_at IS NOT NULL";
                case INVITED -> " AND p.deactivated_at IS NULL AND p.invited_at IS NOT NULL";
            });
        }
        Cursors.TimeKey after = Cursors.time(kind, q.after());
        if (after != null) {
            sql.append(" AND (").append(key).append(", p.user_id) < (:afterTime, :afterId)");
            params.put("afterTime", Timestamp.from(after.time()));
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY ").append(key).append(" DESC, p.user_id DESC LIMIT :limit");
        params.put("limit", limit + 1);
        record Row(AccountSummary summary, Instant key) {
        }
        List<Row> rows = ctx.jdbc().sql(sql.toString()).params(params).query((rs, n) -> new Row(new AccountSummary(
                rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
                rs.getString("last_name"), MemberAccounts.role(rs.getString("role")),
                AccountState.valueOf(rs.getString("state")), "PUBLISHED".equals(rs.getString("profile_state")),
                MemberAccounts.instant(rs.getTimestamp("created_at")), MemberAccounts.instant(rs.getTimestamp("last_login_at"))),
                rs.getTimestamp("sort_key").toInstant())).list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.get(limit - 1);
            next = Cursors.time(kind, last.key(), last.summary().id());
        }
        return new AccountPage(rows.stream().map(Row::summary).toList(), next);
    }

    @Override
    public InviteResult invite(Invite invite) {
        return invite(0, invite);
    }

    private InviteResult invite(int row, Invite invite) {
        actor.requireStaff();
        Role role = invite.role() == null ? Role.USER : invite.role();
        if (role != Role.USER) {
            actor.requireAdmin();
        }
        new Problems()
                .email("email", invite.email())
                .requiredText("firstName", invite.firstName(), 100)
                .text("lastName", invite.lastName(), 100)
                .throwIfAny();
        UUID id = Ids.next();
        String email = invite.email().trim();
        AccountCodes.Issued issued;
        try {
            issued = ctx.tx().execute(status -> {
                if (accounts.emailTaken(email)) {
                    throw duplicateEmail();
                }
                // no usable password until the member signs up with the code; sign-in skips invited rows
                accounts.insert(id, email, "!invited", invite.firstName(), invite.lastName(), role);
                ctx.jdbc().sql("UPDATE personal_details SET invited_at = now() WHERE user_id = ?").param(id).update();
                AccountCodes.Issued code = new AccountCodes(ctx.jdbc()).issue(id, AccountCodes.INVITE, actor.memberId(),
                        ctx.clock().instant());
                AuditLog.record(ctx.jdbc(), actor.memberId(), "member.invite", "member", id, null,
                        Map.of("email", email, "role", MemberAccounts.dbValue(role), "state", "invited"));
                return code;
            });
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
        boolean emailed = mailInvite(email, invite.firstName(), issued);
        return new InviteResult(row, id, email, MemberAccounts.trimToNull(invite.firstName()),
                MemberAccounts.trimToNull(invite.lastName()), issued.code(), issued.expiresAt(), emailed, null);
    }

    /** E-mails the code when the hub has an SMTP server; a failure leaves the code to staff to hand out. */
    private boolean mailInvite(String email, String firstName, AccountCodes.Issued issued) {
        var smtp = new MailSettingsStore(ctx.jdbc()).smtp();
        if (smtp.isEmpty()) {
            return false;
        }
        String hub = ctx.jdbc().sql("SELECT setting_value FROM hub_settings WHERE setting_key = ?")
                .param(Authenticator.SETTING_HUB_NAME).query(String.class).optional().orElse("SmileFactory Hub");
        try {
            new Mailer(smtp.get()).send(email, Messages.get("mail.invite.subject", hub),
                    Messages.get("mail.invite.body", firstName == null ? "" : firstName.trim(), hub, issued.code(),
                            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(issued.expiresAt().atZone(java.time.ZoneOffset.UTC))));
            return true;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.warn("The invite e-mail to a new member could not be sent: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public List<InviteResult> inviteCsv(String csv, Role role) {
        actor.requireStaff();
        if (role != null && role != Role.USER) {
            actor.requireAdmin();
        }
        new Problems().required("csv", csv == null || csv.isBlank() ? null : csv).throwIfAny();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new StringReader(csv.strip().replace("\uFEFF", ""))).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new ValidationException(List.of(new Violation("csv", "invalid", Messages.get("accounts.csvInvalid"))));
        }
        if (records.size() > MAX_CSV_ROWS + 1) {
            throw new ValidationException(List.of(new Violation("csv", "too-long",
                    Messages.get("accounts.csvTooLong", MAX_CSV_ROWS))));
        }
        List<InviteResult> results = new ArrayList<>();
        for (CSVRecord rec : records) {
            int row = (int) rec.getRecordNumber();
            List<String> cells = rec.stream().map(c -> c == null ? "" : c.trim()).toList();
            int emailAt = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).contains("@")) {
                    emailAt = i;
                }
            }
            if (emailAt < 0) {
                if (row == 1) {
                    continue; // a header row: "name,email"
                }
                results.add(failed(row, String.join(" ", cells), "", Messages.get("accounts.csvNoEmail")));
                continue;
            }
            String email = cells.get(emailAt);
            List<String> names = new ArrayList<>(cells);
            names.remove(emailAt);
            String first;
            String last;
            if (names.size() >= 2) {
                first = names.get(0);
                last = String.join(" ", names.subList(1, names.size())).trim();
            } else {
                String name = names.isEmpty() ? "" : names.get(0);
                int space = name.indexOf(' ');
                first = space < 0 ? name : name.substring(0, space);
                last = space < 0 ? "" : name.substring(space + 1).trim();
            }
            try {
                results.add(invite(row, new Invite(email, first, last.isEmpty() ? null : last, role)));
            } catch (ValidationException e) {
                results.add(failed(row, (first + " " + last).trim(), email, e.violations().stream()
                        .map(Violation::message).reduce((a, b) -> a + " " + b).orElse(e.getMessage())));
            } catch (HubException e) {
                results.add(failed(row, (first + " " + last).trim(), email, e.getMessage()));
            }
        }
        return results;
    }

    private static InviteResult failed(int row, String name, String email, String problem) {
        return new InviteResult(row, null, email, name, null, null, null, false, problem);
    }

    @Override
    public AccountSummary deactivate(UUID memberId) {
        MemberAccount target = manageable(memberId);
        if (actor.is(memberId)) {
            throw new ConflictException(Messages.get("accounts.cannotDeactivateSelf"));
        }
        ctx.tx().executeWithoutResult(status -> {
            String before = state(memberId);
            int changed = ctx.jdbc().sql("""
                    UPDATE personal_details SET deactivated_at = now(), updated_at = now(), version = version + 1
                    WHERE user_id = ? AND deactivated_at IS NULL
                    """).param(memberId).update();
            if (changed == 0) {
                return; // deactivated already: nothing to do, nothing to record
            }
            // every server session and offline copy ends; unused invite and reset codes die with them
            int ended = SessionTokens.endSessions(ctx.jdbc(), memberId, null);
            ctx.jdbc().sql("UPDATE account_codes SET used_at = now() WHERE user_id = ? AND used_at IS NULL")
                    .param(memberId).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.deactivate", "member", memberId,
                    Map.of("state", before, "email", target.email()), Map.of("state", "deactivated", "sessionsEnded", ended));
        });
        return summary(memberId);
    }

    @Override
    public AccountSummary reactivate(UUID memberId) {
        MemberAccount target = manageable(memberId);
        ctx.tx().executeWithoutResult(status -> {
            int changed = ctx.jdbc().sql("""
                    UPDATE personal_details SET deactivated_at = NULL, updated_at = now(), version = version + 1
                    WHERE user_id = ? AND deactivated_at IS NOT NULL
                    """).param(memberId).update();
            if (changed > 0) {
                AuditLog.record(ctx.jdbc(), actor.memberId(), "member.reactivate", "member", memberId,
                        Map.of("state", "deactivated", "email", target.email()), Map.of("state", state(memberId)));
            }
        });
        return summary(memberId);
    }

    @Override
    public ResetCode issueResetCode(UUID memberId) {
        actor.requireStaff();
        new Problems().required("memberId", memberId).throwIfAny();
        MemberAccount target = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        if (target.role() == Role.ADMIN && actor.role() != Role.ADMIN) {
            // staff must not take over an administrator's account (as with resetPassword)
            throw new PermissionDeniedException(Messages.get("accounts.adminOnly"));
        }
        if ("deactivated".equals(state(memberId))) {
            throw new ConflictException(Messages.get("accounts.deactivatedReactivateFirst"));
        }
        AccountCodes.Issued issued = ctx.tx().execute(status -> {
            AccountCodes.Issued code = new AccountCodes(ctx.jdbc()).issue(memberId, AccountCodes.RESET, actor.memberId(),
                    ctx.clock().instant());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "member.password.resetCode", "member", memberId, null,
                    Map.of("expiresAt", code.expiresAt().toString()));
            return code;
        });
        return new ResetCode(memberId, issued.code(), issued.expiresAt());
    }

    @Override
    public MailSettings mailSettings() {
        actor.requireAdmin();
        return new MailSettingsStore(ctx.jdbc()).read();
    }

    @Override
    public MailSettings saveMailSettings(MailSettings settings) {
        actor.requireAdmin();
        new Problems().required("settings", settings).throwIfAny();
        MailSettingsStore store = new MailSettingsStore(ctx.jdbc());
        return ctx.tx().execute(status -> {
            MailSettings before = store.read();
            MailSettings after = store.save(settings);
            AuditLog.record(ctx.jdbc(), actor.memberId(), "mail.settings.save", "mail_settings", null,
                    auditable(before), auditable(after));
            return after;
        });
    }

    private static Map<String, Object> auditable(MailSettings s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("host", s.host());
        m.put("port", s.port());
        m.put("security", s.security() == null ? null : s.security().name());
        m.put("username", s.username());
        m.put("passwordSet", s.passwordSet());
        m.put("fromAddress", s.fromAddress());
        return m;
    }

    @Override
    public void sendTestMail(String to) {
        actor.requireAdmin();
        new Problems().email("to", to).throwIfAny();
        Mailer.Smtp smtp = new MailSettingsStore(ctx.jdbc()).smtp().orElseThrow(() -> new ValidationException(
                List.of(new Violation("host", "required", Messages.get("mail.notConfigured")))));
        try {
            new Mailer(smtp).send(to.trim(), Messages.get("mail.test.subject"), Messages.get("mail.test.body"));
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            throw new ValidationException(List.of(new Violation("host", "smtp-failed",
                    Messages.get("mail.testFailed", String.valueOf(e.getMessage())))));
        }
        ctx.tx().executeWithoutResult(status -> AuditLog.record(ctx.jdbc(), actor.memberId(), "mail.test", "mail_settings",
                null, null, Map.of("to", to.trim())));
    }

    /**
     * The target of a deactivation or reactivation: staff manage members, only admins manage staff,
     * admins and kiosks (the same line as createMember and changeRole draw).
     */
    private MemberAccount manageable(UUID memberId) {
        actor.requireStaff();
        new Problems().required("memberId", memberId).throwIfAny();
        MemberAccount target = accounts.find(memberId)
                .orElseThrow(() -> new NotFoundException(Messages.get("accounts.memberNotFound")));
        if (target.role() != Role.USER) {
            actor.requireAdmin();
        }
        return target;
    }

    private String state(UUID memberId) {
        return ctx.jdbc().sql("SELECT lower(" + STATE_SQL + ") FROM personal_details p WHERE p.user_id = ?")
                .param(memberId).query(String.class).single();
    }

    private AccountSummary summary(UUID memberId) {
        return ctx.jdbc().sql("SELECT p.user_id, p.email, p.first_name, p.last_name, p.role, p.profile_state, p.created_at, "
                        + "p.last_login_at, " + STATE_SQL + " AS state FROM personal_details p WHERE p.user_id = ?")
                .param(memberId).query((rs, n) -> new AccountSummary(rs.getObject("user_id", UUID.class), rs.getString("email"),
                        rs.getString("first_name"), rs.getString("last_name"), MemberAccounts.role(rs.getString("role")),
                        AccountState.valueOf(rs.getString("state")), "PUBLISHED".equals(rs.getString("profile_state")),
                        MemberAccounts.instant(rs.getTimestamp("created_at")), MemberAccounts.instant(rs.getTimestamp("last_login_at"))))
                .single();
    }

    private static ConflictException duplicateEmail() {
        return new ConflictException(Messages.get("accounts.emailTaken"));
    }
}
