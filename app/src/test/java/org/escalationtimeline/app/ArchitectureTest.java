package org.escalationtimeline.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of DESIGN §2, checked on the compiled classes of all four modules (the app
 * module's test class path holds them all; test classes are left out).
 *
 * <p>Every rule keeps ArchUnit's default {@code failOnEmptyShould}: a rule whose {@code that()}
 * matches no class fails instead of passing vacuously, and {@link #everyModuleHasClasses()} says
 * so plainly when a package is empty or missing from the class path.
 */
class ArchitectureTest {

    private static final String ROOT = "org.escalationtimeline";
    private static final String API = ROOT + ".api..";
    private static final String COMMAND = ROOT + ".command..";
    private static final String QUERY = ROOT + ".query..";
    private static final String APP = ROOT + ".app..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ROOT);
    }

    @Test
    void everyModuleHasClasses() {
        for (String module : new String[] {API, COMMAND, QUERY, APP}) {
            assertThat(classes.stream().filter(resideInAPackage(module)))
                    .as("classes in %s", module)
                    .isNotEmpty();
        }
    }

    @Test
    void theContractKnowsNoSpringAndNoPersistence() {
        check(noClasses().that().resideInAPackage(API)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..")
                .because("api is the message contract: Axon's annotations and Jakarta validation only (DESIGN §2)"));
    }

    @Test
    void theContractDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage(API)
                .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, APP)
                .because("every module depends on api, api on none of them"));
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        check(noClasses().that().resideInAPackage(COMMAND)
                .should().dependOnClassesThat().resideInAPackage(QUERY)
                .because("set-wide checks read a command-side lookup, never the read side"));
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        check(noClasses().that().resideInAPackage(QUERY)
                .should().dependOnClassesThat().resideInAPackage(COMMAND)
                .because("the read side learns everything from events"));
    }

    @Test
    void theCommandSideNeverDependsOnTheApp() {
        check(noClasses().that().resideInAPackage(COMMAND)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("app assembles command and query, not the reverse"));
    }

    @Test
    void theQuerySideNeverDependsOnTheApp() {
        check(noClasses().that().resideInAPackage(QUERY)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("app assembles command and query, not the reverse"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
