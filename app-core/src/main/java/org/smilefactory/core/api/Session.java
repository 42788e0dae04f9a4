package org.smilefactory.core.api;

import java.util.Optional;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncService;

import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.api.social.ConnectionService;

/** A signed-in member. Every service obtained here acts as, and is authorised for, that member. */
public interface Session {

    /** The signed-in member as of sign-in. */
    MemberAccount member();

    AccountService accounts();

    ProfileService profiles();

    DemoDataService demoData();

    ContentService content();

    ConnectionService connections();

    MessagingService messaging();

    NotificationService notifications();

    ModerationService moderation();

    SearchService search();

    EventService events();

    GroupService groups();

    MarketplaceService marketplace();

    HubStatsService stats();

    SuggestionService suggestions();

    AssistantService assistant();

    /** Export of a member's data and the erasure of accounts (decision 0018). */
    org.smilefactory.core.api.privacy.PrivacyService privacy();
    /** How long the hub keeps logs and history, and applying it (decision 0023); staff and admins. */
    org.smilefactory.core.api.admin.RetentionService retention();

    /**
     * The hub's name, time zone, currency, kiosk defaults and AI endpoints (decision 0025). Every backend's
     * session overrides this; the default only keeps test doubles of {@code Session} compiling.
     */
    default org.smilefactory.core.api.settings.HubSettingsService hubSettings() {
        throw new UnsupportedOperationException("hubSettings");
    }

    /** Ends the session; later calls fail with {@link UnauthenticatedException}. */
    /** The change log and the push door for offline replicas of this member (see issue 7). */
    SyncService sync();

    /**
     * Offline work on this connection, when it keeps a replica (server connections with "work
     * offline" on); empty for the embedded and direct backends, which are local already.
     */
    default Optional<OfflineSync> offlineSync() {
        return Optional.empty();
    }

    /**
     * Backups and restore of the hub (admins only; see {@link BackupService} for where restore is
     * offered). Every backend's session overrides this; the default only keeps test doubles of
     * {@code Session} compiling.
     */
    default BackupService backups() {
        throw new UnsupportedOperationException("backups");
    }

    void signOut();
}
