package org.smilefactory.core.api.admin;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Fills a hub with a realistic demo community (staff and admins only). */
public interface DemoDataService {

    /** True when the hub holds no members but staff, so demo data may be added. */
    boolean hubIsEmpty();

    /**
     * Generates the community in batches, reporting progress; {@code cancelled} is polled between
     * batches and stops the run (what was written in finished batches stays, each batch is atomic).
     *
     * @throws org.smilefactory.core.api.ConflictException when the hub already has members
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff
     */
    DemoDataResult generate(DemoSize size, Consumer<DemoProgress> progress, BooleanSupplier cancelled);
}
