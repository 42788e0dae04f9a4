package org.smilefactory.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;

/**
 * The test tools of the sync tests do what they claim: the proxy really loses an answer the server
 * has acted on, really refuses while down, and the table comparison really sees one changed column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultProxyTest {

    private SyncHub hub;
    private FaultProxy proxy;
    private Session admin;

    @BeforeAll
    void start() {
        hub = SyncHub.shared();
        proxy = hub.proxy;
        // a staff member of our own: this class changes its rows behind the services' back
        admin = hub.staff("Fran", "Faults");
    }

    @org.junit.jupiter.api.BeforeEach
    void plainNetwork() {
        proxy.reset();
    }

    private SaveProfile renamed(ProfileView p, String first) {
        return new SaveProfile(p.memberId(), p.version(), first, p.lastName(), p.profileName(), p.gender(),
                p.phoneCountryCode(), p.phoneNumber(), p.bio(), p.location(), p.profileType(), p.visibility(), p.details());
    }

    @Test
    void aDroppedAnswerLeavesTheServerHavingDoneTheWork() {
        ProfileView before = admin.profiles().mine();
        int fired = proxy.faultsFired();
        proxy.dropResponseTo("PUT", "/api/v1/profiles", 1);
        proxy.dropResponseTo("POST", "/api/v1/profiles", 1);
        assertThatThrownBy(() -> admin.profiles().save(renamed(before, "Unheard")))
                .isInstanceOf(BackendUnavailableException.class);
        proxy.clearFaults();
        assertThat(proxy.faultsFired()).isEqualTo(fired + 1);
        // the server saved it; only the answer was lost
        assertThat(admin.profiles().mine().firstName()).isEqualTo("Unheard");
        assertThat(admin.profiles().mine().version()).isGreaterThan(before.version());
    }

    @Test
    void aRequestCutAfterItWasSentIsStillHandledByTheServer() {
        ProfileView before = admin.profiles().mine();
        proxy.dropAfterRequest("PUT", "/api/v1/profiles", 1);
        proxy.dropAfterRequest("POST", "/api/v1/profiles", 1);
        assertThatThrownBy(() -> admin.profiles().save(renamed(before, "Sent")))
                .isInstanceOf(BackendUnavailableException.class);
        proxy.clearFaults();
        long deadline = System.currentTimeMillis() + 5_000;
        while (!"Sent".equals(admin.profiles().mine().firstName()) && System.currentTimeMillis() < deadline) {
            SyncServer.sleep(50);
        }
        assertThat(admin.profiles().mine().firstName()).isEqualTo("Sent");
    }

    @Test
    void whileDownNothingGetsThroughAndAfterwardsEverythingDoes() {
        proxy.goDown();
        assertThatThrownBy(() -> admin.profiles().mine()).isInstanceOf(BackendUnavailableException.class);
        proxy.comeBack();
        assertThat(admin.profiles().mine().memberId()).isEqualTo(admin.member().id());
        assertThat(proxy.requestsTo("/api/v1/profiles")).isNotEmpty();
    }

    @Test
    void theTableComparisonSeesOneChangedColumnAndIgnoresSecrets() {
        TableSnapshot a = TableSnapshot.of("server", hub.db());
        TableSnapshot same = TableSnapshot.of("again", hub.db());
        same.assertSameAs(a);
        assertThat(a.rows("personal_details")).isPositive();

        hub.db().sql("UPDATE personal_details SET failed_login_count = failed_login_count + 1, password_hash = 'x' WHERE user_id = :id")
                .param("id", admin.member().id()).update();
        TableSnapshot.of("secrets changed", hub.db()).assertSameAs(a);

        hub.db().sql("UPDATE personal_details SET bio = 'changed behind its back' WHERE user_id = :id")
                .param("id", admin.member().id()).update();
        TableSnapshot changed = TableSnapshot.of("changed", hub.db());
        assertThat(changed.differences(a)).singleElement().asString().contains("bio");
        assertThatThrownBy(() -> changed.assertSameAs(a)).isInstanceOf(AssertionError.class).hasMessageContaining("bio");

        TableSnapshot none = TableSnapshot.of("scoped", hub.db(), Map.of("personal_details", "FALSE"));
        assertThat(none.rows("personal_details")).isZero();
    }
}
