package org.smilefactory.core.offline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
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
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.api.backup.BackupService;

/**
 * A member's session on a server connection with a replica. Each call goes where the connection
 * works now: to the server session when online, to the offline session on the replica otherwise. A
 * server call that fails because the server cannot be reached switches the connection offline (with a
 * message in the status) and is made again on the replica, so reads still answer and offline-capable
 * writes land in the outbox; other writes say they need the server.
 */
final class RoutingSession implements Session {

    private final MemberAccount member;
    private final ServerLink link;
    private final OfflineSession offline;
    private final OfflineConnection connection;
    private final Replica replica;
    private final java.util.function.Consumer<Session> onSignOut;
    private final java.util.concurrent.atomic.AtomicBoolean signedOut = new java.util.concurrent.atomic.AtomicBoolean();

    private final AccountService accounts;
    private final ProfileService profiles;
    private final DemoDataService demoData;
    private final ContentService content;
    private final ConnectionService connections;
    private final MessagingService messaging;
    private final NotificationService notifications;
    private final ModerationService moderation;
    private final SearchService search;
    private final EventService events;
    private final GroupService groups;
    private final MarketplaceService marketplace;
    private final HubStatsService stats;
    private final SuggestionService suggestions;
    private final AssistantService assistant;
    private final SyncService sync;
    private final BackupService backups;

    RoutingSession(MemberAccount member, ServerLink link, OfflineSession offline, OfflineConnection connection,
                   Replica replica, java.util.function.Consumer<Session> onSignOut) {
        this.member = member;
        this.onSignOut = onSignOut;
        this.link = link;
        this.offline = offline;
        this.connection = connection;
        this.replica = replica;
        this.accounts = route(AccountService.class, Session::accounts);
        this.profiles = route(ProfileService.class, Session::profiles);
        this.demoData = route(DemoDataService.class, Session::demoData);
        this.content = route(ContentService.class, Session::content);
        this.connections = route(ConnectionService.class, Session::connections);
        this.messaging = route(MessagingService.class, Session::messaging);
        this.notifications = route(NotificationService.class, Session::notifications);
        this.moderation = route(ModerationService.class, Session::moderation);
        this.search = route(SearchService.class, Session::search);
        this.events = route(EventService.class, Session::events);
        this.groups = route(GroupService.class, Session::groups);
        this.marketplace = route(MarketplaceService.class, Session::marketplace);
        this.stats = route(HubStatsService.class, Session::stats);
        this.suggestions = route(SuggestionService.class, Session::suggestions);
        this.assistant = route(AssistantService.class, Session::assistant);
        this.sync = route(SyncService.class, Session::sync);
        this.backups = route(BackupService.class, Session::backups);
    }

    private <T> T route(Class<T> service, Function<Session, T> pick) {
        Object proxy = Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return NeedsServer.objectMethod(self, method, args, "Routed" + service.getSimpleName());
            }
            if (connection.routesToServer()) {
                Session server = link.current();
                if (server != null) {
                    try {
                        Object result;
                        try {
                            result = call(method, pick.apply(server), args);
                        } catch (UnauthenticatedException expired) {
                            // a token that expired while the desktop kept running: sign in again once
                            if (service == AccountService.class || !link.renew(server)) {
                                throw expired;
                            }
                            result = call(method, pick.apply(link.session()), args);
                        }
                        return result;
                    } catch (BackendUnavailableException unreachable) {
                        connection.serverUnreachable(unreachable);
                    }
                }
            }
            try {
                return call(method, pick.apply(offline), args);
            } finally {
                connection.refreshCounts();
            }
        });
        return service.cast(proxy);
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
    public org.smilefactory.core.api.admin.RetentionService retention() {
        return route(org.smilefactory.core.api.admin.RetentionService.class, Session::retention);
    }

    @Override
    public org.smilefactory.core.api.settings.HubSettingsService hubSettings() {
        return route(org.smilefactory.core.api.settings.HubSettingsService.class, Session::hubSettings);
    }

    @Override
    public AssistantService assistant() {
        return assistant;
    }

    @Override
    public org.smilefactory.core.api.privacy.PrivacyService privacy() {
        return route(org.smilefactory.core.api.privacy.PrivacyService.class, Session::privacy);
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
    public Optional<OfflineSync> offlineSync() {
        return Optional.of(connection);
    }

    /** Stops background sync, ends the server session (if reachable) and closes the replica. */
    @Override
    public void signOut() {
        if (!signedOut.compareAndSet(false, true)) {
            return;
        }
        onSignOut.accept(this);
        connection.close();
        link.signOut();
        try {
            offline.signOut();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RoutingSession.class).debug("Offline sign-out: {}", e.toString());
        }
        replica.close();
    }
}
