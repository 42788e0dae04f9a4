package org.smilefactory.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** Controllers are thin adapters over the contract: no core internals, no database. */
class ServerArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smilefactory.server");

    @Test
    void controllersDependOnlyOnTheContractSpringAndTheServer() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("org.smilefactory.server.api..")
                .check(SERVER);
        classes().that().resideInAPackage("org.smilefactory.server.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.smilefactory.core.api..",
                        // the request/response records shared with the remote client (no behaviour)
                        "org.smilefactory.core.remote.wire..",
                        "org.smilefactory.server..",
                        "org.springframework..",
                        "jakarta.servlet..",
                        "java..")
                .check(SERVER);
    }

    @Test
    void controllersNeverReachCoreInternals() {
        noClasses().that().resideInAPackage("org.smilefactory.server.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smilefactory.core.accounts..", "org.smilefactory.core.profiles..",
                        "org.smilefactory.core.demo..", "org.smilefactory.core.platform..",
                        "org.smilefactory.core.common..", "org.springframework.jdbc..", "javax.sql..")
                .check(SERVER);
    }

    @Test
    void onlySecurityAndConfigTouchTheTokenStoreAndTheLocalBackend() {
        noClasses().that().resideOutsideOfPackages("org.smilefactory.server.security..", "org.smilefactory.server.config..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.smilefactory.core.accounts.SessionTokens")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.smilefactory.core.platform.LocalBackend")
                .check(SERVER);
    }
}
