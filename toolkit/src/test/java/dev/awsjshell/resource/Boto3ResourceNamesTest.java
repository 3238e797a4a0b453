package dev.awsjshell.resource;

import dev.awsjshell.resource.model.ResourceModel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every resource type and every name of ours against boto3's own resource model, as Debian's python3-boto3 (installed
 * by .ci/run; skipped where absent) settles it offline. Our models may hold more: attributes of API members newer
 * than that boto3, and the actions boto3 adds by hand (upload_file, download_file). Nothing of boto3's may be missing.
 */
class Boto3ResourceNamesTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void everyNameBoto3HasIsOurs() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import boto3").start().waitFor() == 0,
                "Debian's python3-boto3 is not installed");
        Map<String, Map<String, Map<String, List<String>>>> boto3 = boto3Names();
        List<String> problems = new ArrayList<>();
        for (String service : ResourceModel.SERVICES) {
            Map<String, Map<String, List<String>>> ours = ResourceModel.of(service).describe();
            Map<String, Map<String, List<String>>> theirs = boto3.get(service);
            if (!ours.keySet().equals(theirs.keySet())) problems.add(service + ": types " + new TreeSet<>(ours.keySet()) + " against boto3's " + new TreeSet<>(theirs.keySet()));
            theirs.forEach((type, kinds) -> kinds.forEach((kind, names) -> {
                List<String> mine = ours.getOrDefault(type, Map.of()).getOrDefault(kind, List.of());
                boolean superset = kind.equals("attributes") || kind.equals("actions");
                if (superset ? !mine.containsAll(names) : !new TreeSet<>(mine).equals(new TreeSet<>(names))) {
                    problems.add(service + "." + type + " " + kind + ": " + mine + " against boto3's " + names);
                }
            }));
        }
        assertThat(problems).isEmpty();
    }

    private static Map<String, Map<String, Map<String, List<String>>>> boto3Names() throws IOException, InterruptedException {
        Path script = Files.createTempFile("boto3-resource-names", ".py");
        try (var in = Boto3ResourceNamesTest.class.getResourceAsStream("boto3-resource-names.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        command.addAll(ResourceModel.SERVICES);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("boto3-resource-names.py").isZero();
        Files.delete(script);
        return new ObjectMapper().readValue(json, new TypeReference<>() {});
    }
}
