package dev.orderlens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The module boundaries of the hexagon, as rules over the classes below one root package: each module owns the
 * package named after it ({@code <root>.cli} is app-cli, {@code <root>.local} adapters-local, …). Written against a
 * root so that the same rules can be shown to catch a broken fixture.
 */
final class HexagonRules {

    /** The applications, which reach everything else through the wiring module. */
    static final List<String> APPS = List.of("cli", "web");
    /** The modules that implement core's ports: the adapters and the local answering engine. */
    static final List<String> PORT_IMPLEMENTATIONS = List.of("local", "databricks", "redis", "mlflow", "openai",
            "answering");
    static final String WIRING = "bootstrap";

    private final String root;

    HexagonRules(String root) {
        this.root = root;
    }

    ArchRule appsReachPortImplementationsOnlyThroughTheWiring() {
        return noClasses().that().resideInAnyPackage(packages(APPS.stream()))
                .should().dependOnClassesThat().resideInAnyPackage(packages(PORT_IMPLEMENTATIONS.stream()))
                .because("the apps get their adapters from the wiring module, which picks them from settings");
    }

    ArchRule portImplementationNeverImportsAnotherOrAnApp(String module) {
        return noClasses().that().resideInAPackage(packageOf(module))
                .should().dependOnClassesThat().resideInAnyPackage(packages(Stream.of(
                        PORT_IMPLEMENTATIONS.stream().filter(other -> !other.equals(module)), APPS.stream(),
                        Stream.of(WIRING)).flatMap(s -> s)))
                .because("an adapter knows core and its own outside system, nothing else");
    }

    ArchRule wiringNeverImportsAnApp() {
        return noClasses().that().resideInAPackage(packageOf(WIRING))
                .should().dependOnClassesThat().resideInAnyPackage(packages(APPS.stream()));
    }

    ArchRule noInternalPackageUsedOutsideItsModule() {
        return classes().should(new ArchCondition<>("use no internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isInternal(target) && !module(target).equals(module(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }

    ArchRule modulesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private String[] packages(Stream<String> modules) {
        return modules.map(this::packageOf).toArray(String[]::new);
    }

    private String packageOf(String module) {
        return root + "." + module + "..";
    }

    private static boolean isInternal(JavaClass type) {
        return Arrays.asList(type.getPackageName().split("\\.")).contains("internal");
    }

    private String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return name;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
