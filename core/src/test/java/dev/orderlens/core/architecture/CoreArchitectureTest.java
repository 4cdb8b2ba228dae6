package dev.orderlens.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What the build cannot see: core stays pure, reads no environment, does no network or file I/O. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orderlens.core");

    @Test
    void core_reads_no_environment_variables_or_system_properties() {
        noClasses().should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .because("configuration is read once, in the wiring module, into settings records")
                .check(CORE);
    }

    @Test
    void core_does_no_network_sql_or_file_io() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.net..", "java.sql..", "javax.sql..", "java.nio.file..", "java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("outside systems belong in adapters-* modules")
                .check(CORE);
    }

    @Test
    void core_depends_only_on_the_jdk() {
        noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("dev.orderlens.core..", "java..", "javax.annotation..")
                .check(CORE);
    }

    @Test
    void core_packages_have_no_cycles() {
        slices().matching("dev.orderlens.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void domain_concepts_have_no_cycles() {
        slices().matching("dev.orderlens.core.domain.(*)..").should().beFreeOfCycles()
                .because("each concept of the domain reads on its own, from answers down to tables")
                .check(CORE);
    }

    @Test
    void domain_depends_on_nothing_else_in_core() {
        noClasses().that().resideInAPackage("dev.orderlens.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.orderlens.core.port..", "dev.orderlens.core.pipeline..", "dev.orderlens.core.llm..",
                        "dev.orderlens.core.routing..", "dev.orderlens.core.sql..", "dev.orderlens.core.memory..")
                .check(CORE);
    }
}
