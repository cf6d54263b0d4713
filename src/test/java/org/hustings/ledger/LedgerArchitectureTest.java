package org.hustings.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ledger is a station's core: it knows the store, not the ways in (CLI, web). */
class LedgerArchitectureTest {
    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hustings.ledger");

    @Test
    void theLedgerDoesNotDependOnTheCliOrTheWeb() {
        noClasses().that().resideInAPackage("org.hustings.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hustings.cli..", "org.hustings.web..", "picocli..", "io.javalin..")
                .check(LEDGER);
    }

    @Test
    void onlyTheFacadeAndItsValuesArePublic() {
        classes().that().resideInAPackage("org.hustings.ledger").and().arePublic().and().areTopLevelClasses()
                .should().haveNameMatching("org\\.hustings\\.ledger\\.(Ledger|LedgerEntry|RecordedEntry|Verification|Tampering|Checkpoint)")
                .check(LEDGER);
    }
}
