package dev.orderlens.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The hexagon's boundaries over the main classes of every module in the build. */
class ModuleBoundariesTest {

    private static final String ROOT = "dev.orderlens";
    private static final JavaClasses ORDERLENS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    private static final HexagonRules RULES = new HexagonRules(ROOT);

    @Test
    void every_module_is_on_the_classpath() {
        for (String module : HexagonRules.PORT_IMPLEMENTATIONS) {
            assertThat(ORDERLENS.containPackage(ROOT + "." + module)).as(module).isTrue();
        }
        assertThat(ORDERLENS.containPackage(ROOT + ".cli")).isTrue();
        assertThat(ORDERLENS.containPackage(ROOT + ".web")).isTrue();
        assertThat(ORDERLENS.containPackage(ROOT + ".bootstrap")).isTrue();
    }

    @Test
    void apps_reach_adapters_and_the_answering_engine_only_through_the_wiring_module() {
        RULES.appsReachPortImplementationsOnlyThroughTheWiring().check(ORDERLENS);
    }

    @ParameterizedTest
    @FieldSource("dev.orderlens.architecture.HexagonRules#PORT_IMPLEMENTATIONS")
    void an_adapter_never_imports_another_adapter_an_app_or_the_wiring(String module) {
        RULES.portImplementationNeverImportsAnotherOrAnApp(module).check(ORDERLENS);
    }

    @Test
    void the_wiring_module_never_imports_an_app() {
        RULES.wiringNeverImportsAnApp().check(ORDERLENS);
    }

    @Test
    void no_internal_package_is_used_outside_its_module() {
        RULES.noInternalPackageUsedOutsideItsModule().check(ORDERLENS);
    }

    @Test
    void modules_depend_on_each_other_without_cycles() {
        RULES.modulesAreFreeOfCycles().check(ORDERLENS);
    }
}
