package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Admin → Sync (issue 15): which devices hold offline copies, revoking one, the held changes across
 * the hub — staff only, on every backend. A server subclass adds the copy that really syncs.
 */
public abstract class SyncDevicesContract extends ContractFixture {

    protected Session member(Role role, String first, String last) {
        return Hubs.member(backend, admin, role, first, last);
    }

    @Test
    void membersCannotListOrRevokeDevicesOrSeeHeldChanges() {
        SyncService sync = member(Role.USER, "Curious", "Member").sync();
        assertThatThrownBy(sync::devices).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> sync.revokeDevice(UUID.randomUUID())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> sync.heldChanges(10)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void kiosksCannotListOrRevokeDevices() {
        SyncService sync = member(Role.KIOSK, "Door", "Kiosk").sync();
        assertThatThrownBy(sync::devices).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> sync.revokeDevice(UUID.randomUUID())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void revokingAnUnknownDeviceIsNotFound() {
        Session staff = member(Role.STAFF, "Sync", "Staff");
        assertThatThrownBy(() -> staff.sync().revokeDevice(UUID.randomUUID()))
                .isInstanceOf(org.smilefactory.core.api.NotFoundException.class);
    }
}
