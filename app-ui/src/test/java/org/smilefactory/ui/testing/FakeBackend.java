package org.smilefactory.ui.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.AccountService;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.profiles.ProfileService;

/** A backend for ViewModel tests: records calls, fails when told, signs in one known account. */
public final class FakeBackend implements Backend {

    public HubStatus status = new HubStatus(true, null, null);
    public final List<FirstRunSetup> setups = new ArrayList<>();
    public RuntimeException nextFailure;
    public boolean closed;
    public String password = "correct horse";
    public BackendMode mode = BackendMode.EMBEDDED;
    /** When set, hubStatus() fails with it (an unreachable server). */
    public RuntimeException statusFailure;

    @Override
    public BackendInfo info() {
        return mode == BackendMode.SERVER
                ? new BackendInfo(BackendMode.SERVER, "https://hub.example.org", "")
                : new BackendInfo(mode, "/tmp/hub/pgdata", "PostgreSQL 17");
    }

    @Override
    public HubStatus hubStatus() {
        if (statusFailure != null) {
            throw statusFailure;
        }
        return status;
    }

    @Override
    public Session completeSetup(FirstRunSetup setup) {
        failIfAsked();
        setups.add(setup);
        status = new HubStatus(false, setup.hubName(), setup.timeZone());
        return session(new MemberAccount(UUID.randomUUID(), setup.adminEmail(), setup.adminFirstName(),
                setup.adminLastName(), Role.ADMIN, false, null, Instant.now()));
    }

    @Override
    public Session signIn(String email, String password) {
        failIfAsked();
        if (!this.password.equals(password)) {
            throw new UnauthenticatedException("Wrong email or password.");
        }
        return session(new MemberAccount(UUID.randomUUID(), email, "Tendai", "Moyo", Role.USER, true, null,
                Instant.now()));
    }

    private void failIfAsked() {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    public static Session session(MemberAccount member) {
        return new Session() {
            @Override
            public MemberAccount member() {
                return member;
            }

            @Override
            public AccountService accounts() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProfileService profiles() {
                throw new UnsupportedOperationException();
            }

            @Override
            public DemoDataService demoData() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.content.ContentService content() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.social.ConnectionService connections() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.messaging.MessagingService messaging() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.notifications.NotificationService notifications() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.moderation.ModerationService moderation() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.search.SearchService search() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.events.EventService events() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.sync.SyncService sync() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.groups.GroupService groups() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.marketplace.MarketplaceService marketplace() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.stats.HubStatsService stats() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.ai.SuggestionService suggestions() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.ai.AssistantService assistant() {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.smilefactory.core.api.privacy.PrivacyService privacy() {
                return FakePrivacyService.none();
            }

            @Override
            public org.smilefactory.core.api.admin.RetentionService retention() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void signOut() {
            }
        };
    }

    @Override
    public void close() {
        closed = true;
    }
}
