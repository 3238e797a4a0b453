package dev.awsjshell.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsjshell.model.Required;
import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.model.ServiceModel;
import dev.awsjshell.shape.RequestMarshaller;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generated data (toolkit/src/main/resources/dev/awsjshell/data) is what scripts/dev/gen-data.py writes from the
 * pinned botocore and boto3, and its stamp, data/source.json, says so.
 */
class GeneratedDataTest {
    /** The botocore and boto3 the committed data is read from; scripts/dev/botodata.py pins the same. */
    static final String PINNED = "1.43.11";
    static final String PYTHON = "python3.11";
    static final Path REPO = repo();
    static final Path DATA = REPO.resolve("toolkit/src/main/resources/dev/awsjshell/data");
    static final String STAMP = "source.json";
    /** Hand-written, beside the generated files. */
    static final Set<String> HAND_WRITTEN = Set.of("member-aliases.properties");

    @Test
    void stampNamesThePinnedVersionsAndTheSdkWeBuildWith() throws IOException {
        JsonNode stamp = new ObjectMapper().readTree(DATA.resolve(STAMP).toFile());
        assertThat(stamp.path("botocore").asText()).as("botocore in data/" + STAMP).isEqualTo(PINNED);
        assertThat(stamp.path("boto3").asText()).as("boto3 in data/" + STAMP).isEqualTo(PINNED);
        assertThat(stamp.path("aws_sdk_bundle").asText()).as("the SDK bundle services.properties was read from")
                .isEqualTo(VersionInfo.SDK_VERSION);
        assertThat(stamp.path("python").asText()).as("the Python the generators ran in").startsWith("CPython 3.11");
        String pins = Files.readString(REPO.resolve("scripts/dev/botodata.py"));
        assertThat(pins).as("the generators' pin, scripts/dev/botodata.py")
                .contains("PINNED_BOTOCORE = \"" + PINNED + "\"").contains("PINNED_BOTO3 = \"" + PINNED + "\"");
    }

    @Test
    void requiredMembersAreFoundUnderBoto3sServiceName() {
        // cognito-idp and stepfunctions are cognitoidentityprovider and sfn to the SDK
        List<String> problems = new ArrayList<>();
        assertThat(RequestMarshaller.toRequest(CreateUserPoolRequest.class, Map.of(), problems)).isNull();
        assertThat(problems).containsExactly("Missing required parameter in input: \"PoolName\"");
        assertThat(Required.of(StartExecutionRequest.class)).containsExactly("stateMachineArn");
        assertThat(Required.of(PutItemRequest.class)).containsExactly("TableName", "Item");
        assertThat(Required.of(AttributeDefinition.class)).containsExactly("AttributeName", "AttributeType");
    }

    @Test
    @Tag("slow")
    void waiterNamesFromTheDataAreTheOnesTheSdkClientsOffer() throws Exception {
        // waiter_names reads data/waiters.properties; waiting goes through the SDK's waiter methods, found by reflection
        // (slow: it loads every request class of the client), so the reflection check is over services whose waiter
        // names have acronyms, digits and many words; every service with waiters in the data has a waiters package in
        // the bundle, and every one without has none.
        for (String service : List.of("s3", "dynamodb", "ec2", "rds", "iam", "lambda", "cloudformation", "ecs", "elbv2")) {
            ServiceModel model = ServiceCatalog.model(service);
            assertThat(model.waiterNames()).as(service).isNotEmpty().isEqualTo(List.copyOf(model.waiters().keySet()));
        }
        Path bundle = Path.of(S3Client.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> waiterPackages = new TreeSet<>();
        try (var jar = new java.util.zip.ZipFile(bundle.toFile())) {
            jar.stream().map(e -> e.getName()).filter(n -> n.matches("software/amazon/awssdk/services/.+/waiters/[A-Za-z0-9]+Waiter\\.class"))
                    .forEach(n -> waiterPackages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
        }
        List<String> differ = new ArrayList<>();
        for (String service : ServiceCatalog.serviceNames()) {
            ServiceModel model = ServiceCatalog.model(service);
            boolean inBundle = waiterPackages.contains(model.clientInterface().getPackageName() + ".waiters");
            if (inBundle == model.waiterNames().isEmpty()) differ.add(service + ": data " + model.waiterNames() + ", waiters in the bundle: " + inBundle);
        }
        assertThat(differ).as("services whose waiters in the data disagree with the bundle").isEmpty();
    }

    @Test
    @Tag("slow")
    void committedDataIsWhatThePinnedBotocoreWrites(@TempDir Path out) throws Exception {
        Optional<Path> python = onPath(PYTHON);
        assumeTrue(python.isPresent(), PYTHON + " is not on the PATH: the data generators need Python 3.11 with boto3 and "
                + "botocore " + PINNED + "; not checking the committed data against them");
        String found = run(List.of(python.get().toString(), "-c",
                "try:\n import botocore, boto3\n print('botocore', botocore.__version__, 'and boto3', boto3.__version__)\n"
                        + "except ImportError as e:\n print('no module', e.name)"), 60).trim();
        assumeTrue(found.equals("botocore " + PINNED + " and boto3 " + PINNED), python.get() + " lacks boto3 and botocore " + PINNED
                + " (found: " + found + "); not checking the committed data against them");

        Path bundle = Path.of(S3Client.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        run(List.of(python.get().toString(), REPO.resolve("scripts/dev/gen-data.py").toString(), "--out", out.toString(),
                "--bundle", bundle.toString()), 600);

        Map<String, byte[]> committed = files(DATA), written = files(out);
        HAND_WRITTEN.forEach(committed::remove);
        List<String> differ = new ArrayList<>();
        for (String name : new TreeSet<>(union(committed.keySet(), written.keySet()))) {
            if (name.equals(STAMP)) continue;
            if (!written.containsKey(name)) differ.add(name + " (committed, not written by the generators)");
            else if (!committed.containsKey(name)) differ.add(name + " (written by the generators, not committed)");
            else if (!Arrays.equals(committed.get(name), written.get(name))) differ.add(name);
        }
        if (!differ.isEmpty()) {
            fail(differ.size() + " of the data files differ from what botocore " + PINNED + " writes; regenerate them with "
                    + "`" + PYTHON + " scripts/dev/gen-data.py` and review the diff:\n  "
                    + String.join("\n  ", differ.size() > 60 ? differ.subList(0, 60) : differ)
                    + (differ.size() > 60 ? "\n  ... and " + (differ.size() - 60) + " more" : ""));
        }
        JsonNode ours = new ObjectMapper().readTree(committed.get(STAMP)), theirs = new ObjectMapper().readTree(written.get(STAMP));
        for (String field : List.of("botocore", "boto3", "aws_sdk_bundle")) {
            assertThat(ours.path(field).asText()).as(field + " in data/" + STAMP).isEqualTo(theirs.path(field).asText());
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("gen-data", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) fail(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    private static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scripts/dev/gen-data.py"))) return p;
        }
        throw new IllegalStateException("no scripts/dev/gen-data.py above " + Path.of("").toAbsolutePath());
    }
}
