package org.hustings.gate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Provenance, purposes, consent and the gate know nothing of HTTP or the command line; the rules stay inside the gate. */
class GateLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hustings");

    @Test
    void theCoreDoesNotUseTheWebOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.hustings.provenance..", "org.hustings.purpose..", "org.hustings.consent..", "org.hustings.gate..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "io.pebbletemplates..", "picocli..", "org.hustings.web..",
                        "org.hustings.cli..")
                .check(CLASSES);
    }

    @Test
    void theRulesAreNotPartOfThePublicApi() {
        classes().that().implement(FieldRule.class).or().implement(ActivityRule.class)
                .should().notHaveModifier(JavaModifier.PUBLIC).check(CLASSES);
    }

    @Test
    void provenanceDoesNotDependOnTheGate() {
        noClasses().that().resideInAnyPackage("org.hustings.provenance..", "org.hustings.purpose..", "org.hustings.consent..")
                .should().dependOnClassesThat().resideInAPackage("org.hustings.gate..").check(CLASSES);
    }
}
