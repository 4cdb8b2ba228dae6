package dev.orderlens.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule catches the fixture that breaks it, so that a rule which can no longer fail shows here. */
class HexagonRulesTest {

    private static final String ROOT = "dev.orderlens.architecture.fixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
    private static final HexagonRules RULES = new HexagonRules(ROOT);

    @Test
    void an_app_building_an_adapter_is_caught() {
        assertBroken(RULES.appsReachPortImplementationsOnlyThroughTheWiring(), "ReachingCommand", "EmbeddedStore");
    }

    @Test
    void an_adapter_importing_another_is_caught_and_the_one_it_imports_is_not_blamed() {
        assertBroken(RULES.portImplementationNeverImportsAnotherOrAnApp("databricks"), "RemoteStore",
                "EmbeddedStore");
        assertThatCode(() -> RULES.portImplementationNeverImportsAnotherOrAnApp("local").check(FIXTURE))
                .doesNotThrowAnyException();
    }

    @Test
    void the_wiring_importing_an_app_is_caught() {
        assertBroken(RULES.wiringNeverImportsAnApp(), "Wiring", "ReachingCommand");
    }

    @Test
    void an_internal_class_used_from_another_module_is_caught() {
        assertBroken(RULES.noInternalPackageUsedOutsideItsModule(), "ReachingCommand", "ResponseShape");
    }

    @Test
    void a_cycle_between_modules_is_caught() {
        assertBroken(RULES.modulesAreFreeOfCycles(), "Wiring", "ReachingCommand");
    }

    private static void assertBroken(ArchRule rule, String origin, String target) {
        assertThatThrownBy(() -> rule.check(FIXTURE)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(origin).hasMessageContaining(target);
    }
}
