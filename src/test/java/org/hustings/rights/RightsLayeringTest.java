package org.hustings.rights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rights station knows no web framework and no CLI; SQL stays in its package-private record classes and facades. */
class RightsLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hustings.rights");

    @Test
    void rightsKnowNoWebAndNoCli() {
        noClasses().that().resideInAPackage("org.hustings.rights..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.hustings.web..", "org.hustings.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void valuesAndOutcomesHoldNoJdbc() {
        noClasses().that().resideInAPackage("org.hustings.rights").and().areRecords()
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }
}
