package org.smilefactory.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape ARCHITECTURE.md asks for, kept by tests rather than by memory. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smilefactory.core");

    @Test
    void theContractDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("org.smilefactory.core.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.smilefactory.core.api..", "java..")
                .check(CORE);
    }

    @Test
    void featuresDoNotReachIntoThePlatform() {
        // features get their database through CoreContext; only the platform knows how it was opened
        noClasses().that().resideInAnyPackage("org.smilefactory.core.accounts..", "org.smilefactory.core.profiles..",
                        "org.smilefactory.core.demo..", "org.smilefactory.core.audit..")
                // the command-line entry point opens a backend like the desktop does
                .and().doNotHaveSimpleName("DemoDataCommand")
                .should().dependOnClassesThat().resideInAnyPackage("org.smilefactory.core.platform..", "io.zonky..", "com.zaxxer..")
                .check(CORE);
    }

    @Test
    void entitiesAndJpaNeverAppear() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..", "javafx..")
                .check(CORE);
    }

    @Test
    void profilesDoNotDependOnAccountsInternals() {
        noClasses().that().resideInAPackage("org.smilefactory.core.profiles..")
                .should().dependOnClassesThat().resideInAPackage("org.smilefactory.core.accounts..")
                .check(CORE);
    }
}
