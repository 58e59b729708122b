package dev.gantry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The plan's rules, checked on the compiled classes: targets read the typed plan, never the YAML
 * tree nor another target; the model holds no YAML. Each test's assertion is ArchUnit's
 * {@code ArchRule.check}, which fails with an AssertionError listing every class that breaks the rule.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gantry");

    @Test
    void noTargetReadsTheYamlTree() {
        noClasses().that().resideInAPackage("dev.gantry.targets..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gantry.load..", "dev.gantry.bind..")
                .because("targets read the typed plan, which binding made from the YAML tree")
                .check(MAIN);
    }

    @Test
    void noTargetUsesAnother() {
        SlicesRuleDefinition.slices().matching("dev.gantry.targets.(*)..").should().notDependOnEachOther()
                .because("what two targets share is computed once, in the plan")
                .check(MAIN);
    }

    @Test
    void theModelHoldsNoYaml() {
        noClasses().that().resideInAnyPackage("dev.gantry.model..", "dev.gantry.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gantry.load..", "dev.gantry.bind..")
                .because("binding ends at the model: what comes after reads typed values")
                .check(MAIN);
    }

    @Test
    void nothingBeforeThePlanKnowsTheTargets() {
        noClasses().that().resideInAnyPackage("dev.gantry.load..", "dev.gantry.check..", "dev.gantry.bind..",
                "dev.gantry.model..", "dev.gantry.resolve..", "dev.gantry.lint..", "dev.gantry.plan..",
                "dev.gantry.catalog..")
                .should().dependOnClassesThat().resideInAPackage("dev.gantry.targets..")
                .because("the pipeline runs one way: load, check, bind, resolve, lint, plan, then the targets")
                .check(MAIN);
    }
}
