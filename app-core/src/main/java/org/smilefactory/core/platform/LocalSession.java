package org.smilefactory.core.platform;

import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.sync.LocalSyncService;
import org.smilefactory.core.accounts.LocalAccountService;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.content.LocalContentService;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.social.LocalConnectionService;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.messaging.LocalMessagingService;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.notifications.LocalNotificationService;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.moderation.LocalModerationService;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.search.LocalSearchService;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.events.LocalEventService;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.groups.LocalGroupService;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.marketplace.LocalMarketplaceService;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.stats.LocalHubStatsService;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.ai.LocalSuggestionService;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.ai.LocalAssistantService;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.backup.Backups;
import org.smilefactory.core.backup.LocalBackupService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.demo.LocalDemoDataService;
import org.smilefactory.core.profiles.LocalProfileService;

/** A member's session on a local backend: the services are built once, for this actor. */
final class LocalSession implements Session {

    private final MemberAccount member;
    private final Actor actor;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final DemoDataService demoData;
    private final SuggestionService suggestions;
    private final AssistantService assistant;
    private final EventService events;
    private final GroupService groups;
    private final MarketplaceService marketplace;
    private final HubStatsService stats;
    private final ContentService content;
    private final ConnectionService connections;
    private final MessagingService messaging;
    private final NotificationService notifications;
    private final ModerationService moderation;
    private final SearchService search;
    private final SyncService sync;
    private final org.smilefactory.core.api.privacy.PrivacyService privacy;
    private final org.smilefactory.core.api.admin.RetentionService retention;
    private final org.smilefactory.core.api.settings.HubSettingsService hubSettings;
    private final BackupService backups;

    LocalSession(CoreContext context, SignedIn signedIn) {
        this(context, null, signedIn);
    }

    /** {@code backups} null: this backend takes no backups (direct mode). */
    LocalSession(CoreContext context, Backups backups, SignedIn signedIn) {
        this.member = signedIn.account();
        this.actor = signedIn.actor();
        this.accounts = new LocalAccountService(context, actor);
        this.profiles = new LocalProfileService(context, actor);
        this.demoData = new LocalDemoDataService(context, actor);
        this.suggestions = new LocalSuggestionService(context, actor);
        this.assistant = new LocalAssistantService(context, actor);
        this.events = new LocalEventService(context, actor);
        this.groups = new LocalGroupService(context, actor);
        this.marketplace = new LocalMarketplaceService(context, actor);
        this.stats = new LocalHubStatsService(context, actor);
        this.content = new LocalContentService(context, actor);
        this.connections = new LocalConnectionService(context, actor);
        this.messaging = new LocalMessagingService(context, actor);
        this.notifications = new LocalNotificationService(context, actor);
        this.moderation = new LocalModerationService(context, actor);
        this.search = new LocalSearchService(context, actor);
        this.sync = new LocalSyncService(context, actor);
        this.privacy = new org.smilefactory.core.privacy.LocalPrivacyService(context, actor);
        this.retention = new org.smilefactory.core.retention.LocalRetentionService(context, actor);
        this.hubSettings = new org.smilefactory.core.settings.LocalHubSettingsService(context, actor);
        this.backups = new LocalBackupService(context, backups, actor);
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
        return privacy;
    }

    @Override
    public org.smilefactory.core.api.admin.RetentionService retention() {
        return retention;
    }

    @Override
    public org.smilefactory.core.api.settings.HubSettingsService hubSettings() {
        return hubSettings;
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
        actor.signOut();
    }
}
