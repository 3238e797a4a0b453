package dev.awsjshell.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolkit's packages depend one way, from the facade down to the utilities (the README's package map): no
 * package imports one above it, no two packages import each other, and packages of one level (each service's folder,
 * the sandbox) do not import each other.
 */
class ArchitectureTest {
    /** Lowest first; packages in one entry are of one level. */
    static final List<List<String>> LEVELS = List.of(
            List.of("util"),
            List.of("display"),
            List.of("response"),
            List.of("errors"),
            List.of("config"),
            List.of("model", "resource.model"),
            List.of("shape"),
            List.of("client"),
            List.of("resource"),
            List.of("session"),
            List.of("sandbox", "services.s3", "services.dynamodb"),
            List.of(""),
            List.of("shell"));

    private static JavaClasses classes;

    @BeforeAll
    static void importToolkit() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.awsjshell");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.awsjshell.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noImportFromALowerPackageToAHigherOne() {
        for (int level = 0; level < LEVELS.size(); level++) {
            List<String> higher = new ArrayList<>();
            for (int above = level + 1; above < LEVELS.size(); above++) LEVELS.get(above).forEach(p -> higher.add(exact(p)));
            for (String pkg : LEVELS.get(level)) {
                List<String> others = new ArrayList<>(higher);
                LEVELS.get(level).stream().filter(p -> !p.equals(pkg)).forEach(p -> others.add(exact(p)));
                if (others.isEmpty()) continue;
                noClasses().that().resideInAPackage(exact(pkg)).should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                        .because(pkg + " sits below " + others).check(classes);
            }
        }
    }

    @Test
    void everyToolkitPackageHasALevel() {
        List<String> known = LEVELS.stream().flatMap(List::stream).map(p -> p.isEmpty() ? "dev.awsjshell" : "dev.awsjshell." + p).toList();
        classes.stream().map(JavaClass::getPackageName).distinct()
                .forEach(p -> assertThat(known).as("package %s needs a level in LEVELS", p).contains(p));
    }

    /** The package itself, not its sub-packages (resource, not resource.model). */
    private static String exact(String pkg) { return pkg.isEmpty() ? "dev.awsjshell" : "dev.awsjshell." + pkg; }

}
