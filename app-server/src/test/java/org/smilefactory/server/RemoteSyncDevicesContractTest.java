package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.sync.HubHeldChange;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.SyncDevice;
import org.smilefactory.core.contract.SyncDevicesContract;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.remote.RemoteBackend;

/**
 * Admin → Sync through real HTTP. A desktop's offline copy signs in, is handed a device credential
 * (as {@code OfflineBackend} does after each online sign-in, decision 0021) and pulls and pushes through
 * the session linked to it; staff see it, revoke it, and its next sync and sign-in back are refused.
 */
class RemoteSyncDevicesContractTest extends SyncDevicesContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    private RemoteBackend remote() {
        return (RemoteBackend) Backends.remote(((TestServer.ServerBackend) backend).server().uri());
    }

    @Test
    void aSyncedCopyIsListedWithItsHeldChangesAndRevokingItStopsItsNextSync() {
        Session laptopOwner = member(Role.USER, "Travelling", "Member");
        RemoteBackend remote = remote();
        UUID deviceId = UUID.randomUUID();
        String credential = remote.issueDeviceCredential(laptopOwner, deviceId, "Tendai's laptop");
        Instant before = Instant.now().minusSeconds(1);
        laptopOwner.sync().changes(0, 10);
        // a change the server cannot take: held on the laptop, counted for staff
        UUID held = UUID.randomUUID();
        assertThat(laptopOwner.sync().push(List.of(new Mutation(held, "not.a.kind", null, null, null, "{}", Instant.now()))))
                .extracting(r -> r.outcome()).containsExactly(MutationOutcome.REJECTED);

        Session staff = member(Role.STAFF, "Sync", "Watcher");
        SyncDevice device = staff.sync().devices().stream().filter(d -> d.deviceId().equals(deviceId)).findFirst()
                .orElseThrow();
        assertThat(device.deviceName()).isEqualTo("Tendai's laptop");
        assertThat(device.memberId()).isEqualTo(laptopOwner.member().id());
        assertThat(device.memberName()).isEqualTo("Travelling Member");
        assertThat(device.kiosk()).isFalse();
        assertThat(device.lastSyncAt()).isAfter(before);
        assertThat(device.heldChanges()).isEqualTo(1);
        HubHeldChange hubHeld = staff.sync().heldChanges(50).stream().filter(h -> h.mutationId().equals(held))
                .findFirst().orElseThrow();
        assertThat(hubHeld.memberName()).isEqualTo("Travelling Member");
        assertThat(hubHeld.deviceName()).isEqualTo("Tendai's laptop");
        assertThat(hubHeld.kind()).isEqualTo("not.a.kind");
        assertThat(hubHeld.outcome()).isEqualTo(MutationOutcome.REJECTED);
        assertThat(hubHeld.reason()).isNotBlank();

        staff.sync().revokeDevice(device.id());

        assertThatThrownBy(() -> laptopOwner.sync().changes(0, 10)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> remote.signInWithDeviceCredential(credential)).isInstanceOf(UnauthenticatedException.class);
        assertThat(staff.sync().devices()).noneMatch(d -> d.deviceId().equals(deviceId));
        assertThat(staff.moderation().auditLog(new AuditQuery(staff.member().id(), "device.revoke", "device", null, null,
                null, 0)).entries()).extracting(e -> e.entityId()).containsExactly(device.id());
        // a second revoke finds nothing live
        assertThatThrownBy(() -> staff.sync().revokeDevice(device.id()))
                .isInstanceOf(org.smilefactory.core.api.NotFoundException.class);
    }
}
