package dev.awsjshell.codegen;

import dev.awsjshell.resource.ResourceContext;
import dev.awsjshell.resource.ResourceCustomization;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.resource.model.ResourceModel.Attribute;
import dev.awsjshell.resource.model.ResourceModel.Identifier;
import dev.awsjshell.resource.model.ResourceModel.Type;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewGeneratorTest {
    @ParameterizedTest
    @MethodSource("dev.awsjshell.codegen.ViewGeneratorGoldenTest#fixtures")
    void theViewsOfEveryFixtureCompileAgainstTheToolkit(String fixture, @TempDir Path dir) throws IOException {
        compile(Fixtures.generate(fixture), dir);
    }

    @Test
    void aModelNameEqualToAnInheritedMethodGetsItsCategorySuffix() throws IOException {
        // every method a resource view inherits that takes nothing (meta, load, reload, row, hashCode, getClass, wait, ...)
        List<String> inherited = ViewGenerator.RESOURCE.names().stream()
                .filter(n -> ViewGenerator.RESOURCE.takes(n, List.of())).toList();
        assertThat(inherited).contains("meta", "load", "reload", "row", "toString", "hashCode", "getClass", "wait", "clone", "finalize");
        List<Attribute> attributes = new ArrayList<>();
        inherited.forEach(n -> attributes.add(new Attribute(snake(n), n, "string")));
        attributes.add(new Attribute("size", "Size", "long"));
        attributes.add(new Attribute("class", "Class", "string"));
        String view = generate(attributes).get("TThing.java");
        for (String n : inherited) {
            assertThat(view).contains("public String " + n + "Attribute() { return attribute(\"" + snake(n) + "\", String.class); }")
                    .doesNotContain("public String " + n + "()");
        }
        assertThat(view).contains("public Long size() {").contains("public String classAttribute() {");
    }

    @Test
    void everyJavaKeywordGetsItsCategorySuffix() throws IOException {
        List<String> keywords = Stream.of("abstract", "class", "default", "enum", "for", "import", "new", "null", "true", "while", "_")
                .filter(k -> SourceVersion.isKeyword(k, SourceVersion.RELEASE_17)).toList();
        List<Attribute> attributes = keywords.stream().filter(k -> !k.equals("_")).map(k -> new Attribute(k, k, "string")).toList();
        String view = generate(attributes).get("TThing.java");
        for (Attribute a : attributes) assertThat(view).contains("public String " + a.name() + "Attribute() {");
    }

    @Test
    void aNameThatOnlyOverloadsAnInheritedMethodKeepsItsName() throws IOException {
        // get(String) and limit(int) are inherited; get() and limit() take other arguments and cannot take their calls
        String view = generate(List.of(new Attribute("get", "Get", "string"), new Attribute("limit", "Limit", "integer"))).get("TThing.java");
        assertThat(view).contains("public String get() {").contains("public Integer limit() {");
    }

    @Test
    void aHandWrittenActionThatClashesIsAnError() {
        ResourceModel model = model(List.of());
        ResourceCustomization.Action load = new ResourceCustomization.Action("load", List.of(), ResourceCustomization.Arg.string("how"), void.class, (r, a) -> null);
        assertThatThrownBy(() -> ViewGenerator.generate(model, type -> type.equals("Thing") ? List.of(load) : List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TThing: hand-written load clashes");
    }

    @Test
    void theOutputIsTheSameEveryTimeAndSorted() throws IOException {
        for (String fixture : Fixtures.names()) {
            SortedMap<String, String> first = Fixtures.generate(fixture);
            assertThat(Fixtures.generate(fixture)).isEqualTo(first);
            assertThat(new ArrayList<>(first.keySet())).isSorted();
        }
    }

    @Test
    void writeRemovesViewsNoLongerGeneratedAndKeepsUnchangedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Old.java"), "class Old {}");
        Files.writeString(dir.resolve("notes.txt"), "kept");
        ViewGenerator.write(Map.of("A.java", "class A {}"), dir);
        Path a = dir.resolve("A.java");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));
        ViewGenerator.write(Map.of("A.java", "class A {}"), dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("A.java", "notes.txt");
        }
        assertThat(Files.getLastModifiedTime(a).toMillis()).isZero();
    }

    @Test
    void theViewsAreWhereTheEngineLooksForThem() throws ReflectiveOperationException {
        Field f = ResourceContext.class.getDeclaredField("VIEWS_PACKAGE");
        f.setAccessible(true);
        assertThat(f.get(null)).isEqualTo(ViewGenerator.PACKAGE + ".");
    }

    @Test
    void theRealModelsGenerateWithoutError() {
        int views = 0;
        for (String service : ResourceModel.SERVICES) {
            views += ViewGenerator.generate(ResourceModel.of(service), type -> dev.awsjshell.resource.Customizations.actions(service, type)).size();
        }
        assertThat(views).isGreaterThan(90);
    }

    /** A service {@code t} with one resource type {@code Thing} of these attributes. */
    private static ResourceModel model(List<Attribute> attributes) {
        Type service = new Type(null, null, null, null, null, null, null, null, null, null);
        Type thing = new Type(List.of(new Identifier("name", null)), "Thing", attributes, null, null, null, null, null, null, null);
        return new ResourceModel("t", "2024-01-01", "T", Map.of("t", service, "Thing", thing));
    }

    private static SortedMap<String, String> generate(List<Attribute> attributes) {
        ResourceModel model = model(attributes);
        assertThat(model.problems()).isEmpty();
        return ViewGenerator.generate(model, type -> List.of());
    }

    private static String snake(String camel) {
        Matcher m = Pattern.compile("[A-Z]").matcher(camel);
        return m.replaceAll(r -> "_" + r.group().toLowerCase());
    }

    static void compile(Map<String, String> views, Path dir) throws IOException {
        Path src = dir.resolve("src");
        ViewGenerator.write(views, src);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
             Stream<Path> sources = Files.list(src)) {
            String classPath = System.getProperty("java.class.path");
            List<String> options = List.of("-classpath", classPath, "-d", dir.resolve("classes").toString(), "-Xlint:all", "-Xlint:-path", "-Xlint:-processing", "-Xlint:-rawtypes");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources.toList())).call();
            List<String> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
            assertThat(problems).as("javac").isEmpty();
            assertThat(ok).isTrue();
        }
    }
}
