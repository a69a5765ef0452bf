package org.iocrun.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep the rooms of {@code org.iocrun} as docs/internals.md describes them, written over a root
 * package so that {@link ArchitectureTest} can run each one on iocrun and on a planted violation.
 */
final class Architecture {

    private Architecture() {
    }

    /** No cycle between the top-level rooms ({@code loading}, {@code generation}, {@code opi}, ...), subpackages included. */
    static ArchRule roomsFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("room $1").should().beFreeOfCycles();
    }

    /**
     * No cycle between any two packages, each package on its own: the templating packages (the front door over
     * syntax, nodes, builtins and the Python value model) and every room's subpackages are layers too.
     */
    static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles();
    }

    /**
     * {@code cli} parses arguments and prints: it reaches the rest of iocrun only through the use cases' front
     * doors, never a pipeline step (a reader, a generator part, a folder, an expansion) of its own.
     *
     * @param frontDoors the classes outside cli and diagnostics that cli may use
     */
    static ArchRule cliUsesOnlyFrontDoors(String root, Set<Class<?>> frontDoors) {
        Set<String> allowed = frontDoors.stream().map(Class::getName).collect(java.util.stream.Collectors.toSet());
        DescribedPredicate<JavaClass> pipelineStep = DescribedPredicate.describe("a pipeline step",
                target -> {
                    String name = topLevel(target.getBaseComponentType()).getName();
                    return name.startsWith(root + ".")
                            && !name.startsWith(root + ".cli.")
                            && !name.startsWith(root + ".diagnostics.")
                            && !allowed.contains(name);
                });
        ArchCondition<JavaClass> onlyFrontDoors = new ArchCondition<>("use only the use cases' front doors") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (pipelineStep.test(dependency.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAPackage(root + ".cli..").should(onlyFrontDoors);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
