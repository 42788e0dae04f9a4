package org.smilefactory.server.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Session;

/**
 * What the acceptance tests on the shared {@link SyncHub} have in common: the hub, a staff member to
 * set events up, and a network without faults at the start of every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SyncHubTest {

    protected SyncHub hub;
    protected Session staff;

    @BeforeAll
    void startHub() {
        hub = SyncHub.shared();
        staff = hub.staff("Stella", "Staff");
    }

    @BeforeEach
    void plainNetwork() {
        hub.proxy.reset();
    }
}
