package org.smilefactory.core.offline;

import org.smilefactory.core.accounts.LocalAccountService;
import org.smilefactory.core.accounts.SignedIn;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.events.LocalEventService;
import org.smilefactory.core.profiles.LocalProfileService;
import org.smilefactory.core.search.LocalSearchService;

/**
 * A member's session on their offline replica: reads from the replica; profile and check-in changes
 * are made on the replica and queued in the outbox in the same transaction; anything else that writes
 * needs the server and says so.
 *
 * <p>What works offline, service by service (everything not listed throws
 * {@link org.smilefactory.core.api.BackendUnavailableException} naming what needs the server):
 * <ul>
 *   <li>profiles: everything (writes queued);</li>
 *   <li>events: reads, check-in by code or by name, walk-ins (writes queued), the kiosk exit PIN;</li>
 *   <li>accounts: {@code me()};</li>
 *   <li>search: members and events.</li>
 * </ul>
 * The feed, connections, messages, notifications, moderation, groups, the marketplace, the dashboard
 * numbers, suggestions, the assistant and demo data read tables the replica does not hold, so they
 * need the server even for reading: an empty answer would look like a real one.
 */
public final class OfflineSession implements Session {

    private final MemberAccount member;
    private final Actor actor;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final EventService events;
    private final SearchService search;
    private final DemoDataService demoData;
    private final ContentService content;
    private final ConnectionService connections;
    private final MessagingService messaging;
    private final NotificationService notifications;
    private final ModerationService moderation;
    private final GroupService groups;
    private final MarketplaceService marketplace;
    private final HubStatsService stats;
    private final SuggestionService suggestions;
    private final AssistantService assistant;
    private final org.smilefactory.core.api.settings.HubSettingsService hubSettings;

    public OfflineSession(CoreContext replica, SignedIn member) {
        this.member = member.account();
        this.actor = member.actor();
        this.profiles = new OfflineProfileService(replica, new LocalProfileService(replica, actor));
        this.events = new OfflineEventService(replica, new LocalEventService(replica, actor));
        this.search = new OfflineSearchService(new LocalSearchService(replica, actor));
        this.accounts = NeedsServer.readsOnly(AccountService.class, new LocalAccountService(replica, actor),
                "accounts", "me");
        this.demoData = NeedsServer.nothing(DemoDataService.class, "demoData");
        this.content = NeedsServer.nothing(ContentService.class, "content");
        this.connections = NeedsServer.nothing(ConnectionService.class, "connections");
        this.messaging = NeedsServer.nothing(MessagingService.class, "messaging");
        this.notifications = NeedsServer.nothing(NotificationService.class, "notifications");
        this.moderation = NeedsServer.nothing(ModerationService.class, "moderation");
        this.groups = NeedsServer.nothing(GroupService.class, "groups");
        this.marketplace = NeedsServer.nothing(MarketplaceService.class, "marketplace");
        // members by type and state would be right, but posts per week and listings would read zero
        this.stats = NeedsServer.nothing(HubStatsService.class, "stats");
        this.suggestions = NeedsServer.nothing(SuggestionService.class, "suggestions");
        this.assistant = NeedsServer.nothing(AssistantService.class, "assistant");
        // the name and zone the copy remembered; the form, saving and testing need the server
        this.hubSettings = NeedsServer.readsOnly(org.smilefactory.core.api.settings.HubSettingsService.class,
                new OfflineHubSettings(replica.jdbc()), "hubSettings", "basics");
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

    /** Exports and erasures read and change every table of the member: the server's, not the replica's. */
    @Override
    public org.smilefactory.core.api.privacy.PrivacyService privacy() {
        return NeedsServer.nothing(org.smilefactory.core.api.privacy.PrivacyService.class, "privacy");
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

    /** Retention applies to the server's database, never to a replica: it needs the server. */
    @Override
    public org.smilefactory.core.api.admin.RetentionService retention() {
        return NeedsServer.nothing(org.smilefactory.core.api.admin.RetentionService.class, "retention");
    }

    @Override
    public org.smilefactory.core.api.settings.HubSettingsService hubSettings() {
        return hubSettings;
    }

    /** The change log and the push door are the server's; an offline session has neither. */
    @Override
    public SyncService sync() {
        throw NeedsServer.refuse("sync");
    }

    /** Backups are the server's (or the embedded hub's); a replica is not backed up. */
    @Override
    public BackupService backups() {
        return NeedsServer.nothing(BackupService.class, "backups");
    }

    @Override
    public void signOut() {
        actor.signOut();
    }
}
