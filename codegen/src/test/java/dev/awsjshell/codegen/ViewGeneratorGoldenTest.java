package dev.awsjshell.codegen;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests, as the AWS SDK's generator is tested: each fixture model must generate exactly the views in
 * {@code golden/<fixture>/}, whitespace aside. On a mismatch the test prints a unified diff (golden first).
 * {@code mvn -B -o test -pl codegen -am -Dtest=ViewGeneratorGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcodegen.regenerate=true} rewrites the golden files from the generator: read
 * their diff before committing them.
 */
class ViewGeneratorGoldenTest {
    static final boolean REGENERATE = Boolean.getBoolean("codegen.regenerate");

    static List<String> fixtures() throws IOException { return Fixtures.names(); }

    @ParameterizedTest
    @MethodSource("fixtures")
    void generatesTheGoldenViews(String fixture) throws IOException {
        SortedMap<String, String> generated = Fixtures.generate(fixture);
        Path golden = Fixtures.GOLDEN.resolve(fixture);
        if (REGENERATE) {
            ViewGenerator.write(generated, golden);
            System.out.println("codegen.regenerate: rewrote " + generated.size() + " golden views in " + golden);
        }
        List<String> expectedFiles = Files.isDirectory(golden) ? list(golden) : List.of();
        List<String> problems = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(expectedFiles);
        all.addAll(generated.keySet());
        for (String file : all) {
            if (!expectedFiles.contains(file)) {
                problems.add("not in " + golden + ": " + file + "\n" + diff(file, "", generated.get(file)));
            } else if (!generated.containsKey(file)) {
                problems.add("no longer generated: " + file);
            } else {
                String expected = Files.readString(golden.resolve(file));
                if (!normalize(expected).equals(normalize(generated.get(file)))) problems.add(diff(file, expected, generated.get(file)));
            }
        }
        if (!problems.isEmpty()) {
            String report = fixture + ": the generator's output differs from the golden files (rewrite them with -Dcodegen.regenerate=true)\n"
                    + String.join("\n", problems);
            System.out.println(report);
            assertThat(problems).as(report).isEmpty();
        }
    }

    /** Lines stripped, runs of blanks made one space, empty lines dropped. */
    static List<String> normalize(String java) {
        return java.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }

    static String diff(String file, String expected, String actual) {
        List<String> a = normalize(expected);
        List<String> b = normalize(actual);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("golden/" + file, "generated/" + file, a, DiffUtils.diff(a, b), 3));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
        }
    }
}
