package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.testsupport.TestPostgres;

/** Admin → Sync on a direct backend: no copy ever syncs with it, so staff see none. */
class LocalSyncDevicesContractTest extends SyncDevicesContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Test
    void aHubWithoutAServerHasNoOfflineCopies() {
        Session staff = member(Role.STAFF, "Local", "Staff");
        staff.sync().changes(0, 10);
        assertThat(staff.sync().devices()).isEmpty();
        assertThat(staff.sync().heldChanges(10)).isEmpty();
    }
}
