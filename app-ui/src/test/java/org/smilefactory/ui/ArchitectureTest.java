package org.smilefactory.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desktop talks only to app-core's contract ({@code core.api}) and its backend factory
 * ({@code core.platform}); never to a feature's internals, JPA or Spring Data (ARCHITECTURE.md). And
 * ViewModels hold state, not controls (STYLE.md), so they stay testable without a screen.
 */
class ArchitectureTest {

    private static JavaClasses ui;

    @BeforeAll
    static void importUi() {
        ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smilefactory.ui");
    }

    @Test
    void uiUsesOnlyTheContractAndThePlatformOfAppCore() {
        noClasses().that().resideInAPackage("org.smilefactory.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in app-core outside core.api and core.platform",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.smilefactory.core")
                                && !c.getPackageName().startsWith("org.smilefactory.core.api")
                                && !c.getPackageName().startsWith("org.smilefactory.core.platform")))
                .check(ui);
    }

    @Test
    void uiNeverTouchesPersistenceOrSpring() {
        noClasses().that().resideInAPackage("org.smilefactory.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "javax.persistence..", "org.springframework..", "org.hibernate..",
                        "java.sql..", "javax.sql..")
                .check(ui);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "atlantafx..", "org.kordamp.ikonli..")
                .check(ui);
    }

    /** The owner's path migrates; a desktop opens the hub's shared database with directShared (decision 0022). */
    @Test
    void theDesktopNeverOpensASharedDatabaseAsItsOwner() {
        noClasses().that().resideInAPackage("org.smilefactory.ui..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Backends.direct (which migrates)",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                call.getTargetOwner().isEquivalentTo(org.smilefactory.core.platform.Backends.class)
                                        && call.getName().equals("direct")))
                .check(ui);
    }
}
