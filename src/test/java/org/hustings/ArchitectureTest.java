package org.hustings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stations of the flow know nothing of the ways in: no web framework, no command line. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hustings");
    }

    @Test
    void onlyTheWebPackageUsesTheHttpFramework() {
        noClasses().that().resideOutsideOfPackages("org.hustings.web..", "org.hustings.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(classes);
        // Pebble is also the rights station's document template: one template renders the access reply sent to a person
        // as HTML and (through openhtmltopdf) as PDF, for the CLI and the web alike (docs/adr/0172).
        noClasses().that().resideOutsideOfPackages("org.hustings.web..", "org.hustings.cli..", "org.hustings.rights..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pebbletemplates..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocliAndTheProgressBar() {
        noClasses().that().resideOutsideOfPackages("org.hustings.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..")
                .check(classes);
    }

    @Test
    void noStationDependsOnTheWaysIn() {
        noClasses().that().resideOutsideOfPackages("org.hustings.web..", "org.hustings.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hustings.web..", "org.hustings.cli..")
                .check(classes);
    }

    /** The benchmark is the one exception: it times the engines' own bulk loads as the yardstick. */
    @Test
    void onlyTheStoreTalksToTheEnginesDrivers() {
        noClasses().that().resideOutsideOfPackages("org.hustings.store..", "org.hustings.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..")
                .check(classes);
    }
}
