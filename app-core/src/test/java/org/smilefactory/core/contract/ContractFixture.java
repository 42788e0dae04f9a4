package org.smilefactory.core.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.testsupport.Hubs;

/**
 * The contract test suites run against every backend: a subclass says how to open one on an empty
 * database. The suites use nothing but the contract, so the same tests prove the same behaviour in
 * embedded, direct and (later) server mode.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractFixture {

    protected Backend backend;
    protected Session admin;
    protected String adminEmail;

    /** A backend on a new, empty hub database. */
    protected abstract Backend openBackend();

    /** Whether this backend shares its hub across the class (setup done once in {@link #setUpHub()}). */
    @BeforeAll
    void setUpHub() {
        backend = openBackend();
        adminEmail = Hubs.uniqueEmail("admin");
        admin = backend.completeSetup(Hubs.setup(adminEmail));
    }

    @AfterAll
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }
}
