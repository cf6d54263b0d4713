package org.hustings.link;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The linkage engine is pure: only its store package touches SQL; none of it knows the CLI or the web. */
class LinkLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hustings.link");

    @Test
    void theEngineUsesNoStoreNoCliNoWeb() {
        noClasses().that().resideInAPackage("org.hustings.link..").and().resideOutsideOfPackage("org.hustings.link.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hustings.store..", "org.hustings.cli..",
                        "org.hustings.web..", "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void comparisonsDependOnNothingOfTheLinker() {
        noClasses().that().resideInAPackage("org.hustings.link.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hustings.link", "org.hustings.link.store..", "org.hustings.link.evaluate..")
                .check(CLASSES);
    }
}
