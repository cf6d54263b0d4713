package org.hustings.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web framework stays in the web package: staff and the register read model know nothing of HTTP. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hustings");

    @Test
    void staffAndRegisterDoNotUseTheWebFramework() {
        noClasses().that().resideInAnyPackage("org.hustings.staff..", "org.hustings.register..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "io.pebbletemplates..", "org.hustings.web..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineStartsTheWebServer() {
        noClasses().that().resideOutsideOfPackages("org.hustings.web..", "org.hustings.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.hustings.web..")
                .check(CLASSES);
    }
}
