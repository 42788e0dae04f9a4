package org.smilefactory.core.remote;

import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.api.backup.BackupService;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.admin.DemoProgress;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.wire.ChangePasswordRequest;
import org.smilefactory.core.remote.wire.ChangeRoleRequest;
import org.smilefactory.core.remote.wire.GenerateDemoRequest;
import org.smilefactory.core.remote.wire.HubIsEmptyResponse;
import org.smilefactory.core.remote.wire.ResetPasswordRequest;
import org.smilefactory.core.remote.wire.VersionRequest;

/** A member signed in to app-server: every service call carries the session's bearer token. */
final class RemoteSession implements Session {

    private final HttpApi api;
    private final MemberAccount member;
    private final AccountService accounts = new Accounts();
    private final ProfileService profiles = new Profiles();
    private final DemoDataService demoData = new DemoData();
    private final SuggestionService suggestions = new RemoteSuggestionService(this::call);
    private final AssistantService assistant = new RemoteAssistantService(this::call);
    private final EventService events = new RemoteEventService(this::call);
    private final GroupService groups = new RemoteGroupService(this::call);
    private final MarketplaceService marketplace = new RemoteMarketplaceService(this::call);
    private final HubStatsService stats = new RemoteHubStatsService(this::call);
    private final ContentService content = new RemoteContentService(this::call);
    private final ConnectionService connections = new RemoteConnectionService(this::call);
    private final MessagingService messaging = new RemoteMessagingService(this::call);
    private final NotificationService notifications = new RemoteNotificationService(this::call);
    private final ModerationService moderation = new RemoteModerationService(this::call);
    private final SearchService search = new RemoteSearchService(this::call);
    private final SyncService sync = new RemoteSyncService(this::call);
    private final BackupService backups = new RemoteBackupService(this::call);
    private volatile String token;

    RemoteSession(HttpApi api, String token, MemberAccount member) {
        this.api = api;
        this.token = token;
        this.member = member;
    }

    /** A device credential for this session's member and the given device (see RemoteBackend). */
    String deviceCredential(UUID deviceId, String deviceName) {
        return call("POST", "sessions/current/device-credential")
                .body(new org.smilefactory.core.remote.wire.DeviceCredentialRequest(deviceId, deviceName))
                .as(org.smilefactory.core.remote.wire.DeviceCredentialResponse.class).credential();
    }

    @Override
    public MemberAccount member() {
        return member;
    }

    @Override
    public AccountService accounts() {
        return accounts;
    }

    @Override
    public ProfileService profiles() {
        return profiles;
    }

    @Override
    public DemoDataService demoData() {
        return demoData;
    }

    @Override
    public ContentService content() {
        return content;
    }

    @Override
    public ConnectionService connections() {
        return connections;
    }

    @Override
    public MessagingService messaging() {
        return messaging;
    }

    @Override
    public NotificationService notifications() {
        return notifications;
    }

    @Override
    public ModerationService moderation() {
        return moderation;
    }

    @Override
    public SearchService search() {
        return search;
    }

    @Override
    public EventService events() {
        return events;
    }

    @Override
    public GroupService groups() {
        return groups;
    }

    @Override
    public MarketplaceService marketplace() {
        return marketplace;
    }

    @Override
    public HubStatsService stats() {
        return stats;
    }

    @Override
    public SuggestionService suggestions() {
        return suggestions;
    }

    @Override
    public AssistantService assistant() {
        return assistant;
    }

    @Override
    public org.smilefactory.core.api.privacy.PrivacyService privacy() {
        return new RemotePrivacyService(this::call);
    }

    @Override
    public org.smilefactory.core.api.admin.RetentionService retention() {
        return new RemoteRetentionService(this::call);
    }

    @Override
    public org.smilefactory.core.api.settings.HubSettingsService hubSettings() {
        return new RemoteHubSettingsService(this::call);
    }

    @Override
    public SyncService sync() {
        return sync;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public void signOut() {
        String current = token;
        token = null;
        if (current != null) {
            try {
                api.call("DELETE", "sessions/current").token(current).send();
            } catch (UnauthenticatedException alreadyEnded) {
                // expired or revoked already: signed out either way
            } catch (HubException e) {
                // unreachable: this client has forgotten the token; the server's copy expires on its own
                LoggerFactory.getLogger(RemoteSession.class).warn("Sign-out could not reach {}: {}", api.location(), e.getMessage());
            }
        }
    }

    private HttpApi.Call call(String method, String path) {
        String current = token;
        if (current == null) {
            throw new UnauthenticatedException(Messages.get("accounts.sessionEnded"));
        }
        return api.call(method, path).token(current);
    }

    private final class Accounts implements AccountService {

        @Override
        public MemberAccount me() {
            return call("GET", "accounts/me").as(MemberAccount.class);
        }

        @Override
        public MemberAccount createMember(CreateMember command) {
            return call("POST", "accounts").body(command).as(MemberAccount.class);
        }

        @Override
        public void changePassword(String currentPassword, String newPassword) {
            call("PUT", "accounts/me/password").body(new ChangePasswordRequest(currentPassword, newPassword)).send();
        }

        @Override
        public void resetPassword(UUID memberId, String newPassword) {
            call("PUT", "accounts/" + memberId + "/password").body(new ResetPasswordRequest(newPassword)).send();
        }

        @Override
        public MemberAccount changeRole(UUID memberId, Role role) {
            return call("PUT", "accounts/" + memberId + "/role").body(new ChangeRoleRequest(role)).as(MemberAccount.class);
        }

        @Override
        public void revokeServerSessions(UUID memberId) {
            call("DELETE", "accounts/" + memberId + "/sessions").send();
        }

        @Override
        public org.smilefactory.core.api.accounts.AccountPage listAccounts(org.smilefactory.core.api.accounts.AccountQuery query) {
            var q = query == null ? org.smilefactory.core.api.accounts.AccountQuery.all() : query;
            return call("GET", "accounts").query("text", q.text()).query("role", q.role()).query("state", q.state())
                    .query("sort", q.sort()).query("after", q.after()).query("limit", q.limit() == 0 ? null : q.limit())
                    .as(org.smilefactory.core.api.accounts.AccountPage.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.InviteResult invite(org.smilefactory.core.api.accounts.Invite invite) {
            return call("POST", "accounts/invites").body(invite).as(org.smilefactory.core.api.accounts.InviteResult.class);
        }

        @Override
        public java.util.List<org.smilefactory.core.api.accounts.InviteResult> inviteCsv(String csv, Role role) {
            return call("POST", "accounts/invites/csv").body(new org.smilefactory.core.remote.wire.InviteCsvRequest(csv, role))
                    .asList(org.smilefactory.core.api.accounts.InviteResult.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.AccountSummary deactivate(UUID memberId) {
            return call("POST", "accounts/" + memberId + "/deactivation").as(org.smilefactory.core.api.accounts.AccountSummary.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.AccountSummary reactivate(UUID memberId) {
            return call("DELETE", "accounts/" + memberId + "/deactivation").as(org.smilefactory.core.api.accounts.AccountSummary.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.ResetCode issueResetCode(UUID memberId) {
            return call("POST", "accounts/" + memberId + "/reset-code").as(org.smilefactory.core.api.accounts.ResetCode.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.MailSettings mailSettings() {
            return call("GET", "accounts/mail-settings").as(org.smilefactory.core.api.accounts.MailSettings.class);
        }

        @Override
        public org.smilefactory.core.api.accounts.MailSettings saveMailSettings(org.smilefactory.core.api.accounts.MailSettings settings) {
            return call("PUT", "accounts/mail-settings").body(settings).as(org.smilefactory.core.api.accounts.MailSettings.class);
        }

        @Override
        public void sendTestMail(String to) {
            call("POST", "accounts/mail-settings/test").body(new org.smilefactory.core.remote.wire.TestMailRequest(to)).send();
        }
    }

    private final class Profiles implements ProfileService {

        @Override
        public ProfileView mine() {
            return call("GET", "profiles/me").as(ProfileView.class);
        }

        @Override
        public ProfileView get(UUID memberId) {
            return call("GET", "profiles/" + memberId).as(ProfileView.class);
        }

        @Override
        public ProfileView save(SaveProfile command) {
            return call("PUT", "profiles").body(command).as(ProfileView.class);
        }

        @Override
        public ProfileView publish(UUID memberId, long expectedVersion) {
            return call("POST", "profiles/" + memberId + "/publish").body(new VersionRequest(expectedVersion)).as(ProfileView.class);
        }

        @Override
        public ProfileView unpublish(UUID memberId, long expectedVersion) {
            return call("POST", "profiles/" + memberId + "/unpublish").body(new VersionRequest(expectedVersion)).as(ProfileView.class);
        }

        @Override
        public DirectoryPage directory(DirectoryQuery query) {
            return call("GET", "profiles")
                    .query("text", query.text())
                    .query("types", query.types())
                    .query("location", query.location())
                    .query("focus", query.focus())
                    .query("cursor", query.cursor())
                    .query("limit", query.limit())
                    .as(DirectoryPage.class);
        }
    }

    private final class DemoData implements DemoDataService {

        @Override
        public boolean hubIsEmpty() {
            return call("GET", "demo-data/hub-is-empty").as(HubIsEmptyResponse.class).empty();
        }

        /**
         * Runs on the server in one request: progress is reported once, at the end, and
         * {@code cancelled} is only checked before the request is sent (a remote run cannot be
         * cancelled half-way).
         */
        @Override
        public DemoDataResult generate(DemoSize size, Consumer<DemoProgress> progress, BooleanSupplier cancelled) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return new DemoDataResult(0, Duration.ZERO);
            }
            DemoDataResult result = call("POST", "demo-data").body(new GenerateDemoRequest(size))
                    .readTimeout(HttpApi.LONG_READ_TIMEOUT).as(DemoDataResult.class);
            if (progress != null) {
                progress.accept(new DemoProgress(result.membersCreated(), result.membersCreated(), Messages.get("remote.demoDone")));
            }
            return result;
        }
    }
}
