package dev.awsjshell.codegen;

import dev.awsjshell.resource.ResourceCustomization;
import dev.awsjshell.resource.model.ResourceModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden tests' inputs, in {@code src/test/resources/dev/awsjshell/codegen}: {@code fixtures/<name>.json} a small
 * resource model in the toolkit's format, {@code fixtures/<name>.actions.json} its hand-written actions by resource
 * type (name, params, optional, returns; a param's {@code java_type} defaults to its class's name), and
 * {@code golden/<name>/} the views it must generate. Read from the source tree, so that regenerating rewrites them.
 */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/dev/awsjshell/codegen");
    static final Path FIXTURES = ROOT.resolve("fixtures");
    static final Path GOLDEN = ROOT.resolve("golden");

    private Fixtures() {}

    /** The fixtures' names, sorted. */
    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".actions.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }

    static ResourceModel model(String name) throws IOException {
        Path file = FIXTURES.resolve(name + ".json");
        try (InputStream in = Files.newInputStream(file)) {
            return ResourceModel.parse(in, file.toString());
        }
    }

    /** The hand-written actions by resource type; none when the fixture has no {@code .actions.json}. */
    static Map<String, List<ResourceCustomization.Action>> actions(String name) throws IOException {
        Path file = FIXTURES.resolve(name + ".actions.json");
        Map<String, List<ResourceCustomization.Action>> byType = new TreeMap<>();
        if (!Files.exists(file)) return byType;
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        root.fields().forEachRemaining(e -> {
            List<ResourceCustomization.Action> actions = new ArrayList<>();
            for (JsonNode a : e.getValue()) {
                List<ResourceCustomization.Arg> params = new ArrayList<>();
                a.path("params").forEach(p -> params.add(arg(p)));
                actions.add(new ResourceCustomization.Action(a.get("name").asText(), params, arg(a.get("optional")),
                        type(a.get("returns").asText()), (resource, args) -> null));
            }
            byType.put(e.getKey(), actions);
        });
        return byType;
    }

    /** What the generator writes for the fixture, by file name. */
    static SortedMap<String, String> generate(String name) throws IOException {
        Map<String, List<ResourceCustomization.Action>> actions = actions(name);
        return ViewGenerator.generate(model(name), type -> actions.getOrDefault(type, List.of()));
    }

    private static ResourceCustomization.Arg arg(JsonNode p) {
        Class<?> type = type(p.get("type").asText());
        String javaType = p.has("java_type") ? p.get("java_type").asText() : type.getName();
        return new ResourceCustomization.Arg(p.get("name").asText(), type, javaType);
    }

    private static Class<?> type(String name) {
        if (name.equals("void")) return void.class;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("unknown class " + name, e));
        }
    }
}
