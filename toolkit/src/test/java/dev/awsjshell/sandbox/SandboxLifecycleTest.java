package dev.awsjshell.sandbox;

import dev.awsjshell.errors.ToolkitError;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting, joining, stopping and restarting sandboxes: what happens to the emulators' processes and data. */
@Tag("sandbox")
class SandboxLifecycleTest {

    @Test
    void closeStopsTheEmulatorsAndASecondCloseIsHarmless() {
        Sandbox sandbox = Sandbox.start();
        List<ProcessHandle> processes = sandbox.processes();
        assertThat(processes).hasSize(3).allMatch(ProcessHandle::isAlive);
        sandbox.close();
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(sandbox.endpoints().values()).noneMatch(Sandbox::answers);
        sandbox.close();
    }

    @Test
    void emulatorsEndWhenTheJvmThatOwnsThemIsKilled() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dawsjshell.home=" + Sandbox.home(), "-cp", classPath, SandboxOwner.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<ProcessHandle> emulators = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                String line = out.readLine();
                assertThat(line).as("the owner printed its emulators' pids").isNotNull();
                emulators.add(ProcessHandle.of(Long.parseLong(line.trim())).orElseThrow());
            }
            assertThat(emulators).allMatch(ProcessHandle::isAlive);
            owner.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs in the owner
        }
        try {
            awaitGone(emulators, Duration.ofSeconds(20));
            assertThat(emulators).as("orphaned emulators").noneMatch(ProcessHandle::isAlive);
        } finally {
            emulators.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void bucketsQueuesAndTablesSurviveARestartOnTheSameDataDir(@TempDir Path data) {
        try (Sandbox first = Sandbox.start(data);
             S3Client s3 = SdkClients.s3(first.endpoints());
             SqsClient sqs = SdkClients.sqs(first.endpoints());
             DynamoDbClient ddb = SdkClients.dynamodb(first.endpoints(), "sandbox")) {
            s3.createBucket(b -> b.bucket("kept"));
            s3.putObject(b -> b.bucket("kept").key("notes.txt"), RequestBody.fromString("still here"));
            String queue = sqs.createQueue(b -> b.queueName("kept")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody("kept message"));
            ddb.createTable(b -> b.tableName("kept").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
            ddb.putItem(b -> b.tableName("kept").item(Map.of("id", AttributeValue.fromS("a"), "v", AttributeValue.fromS("kept item"))));
        }
        try (Sandbox second = Sandbox.start(data);
             S3Client s3 = SdkClients.s3(second.endpoints());
             SqsClient sqs = SdkClients.sqs(second.endpoints());
             DynamoDbClient ddb = SdkClients.dynamodb(second.endpoints(), "sandbox")) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket("kept").key("notes.txt")).asUtf8String()).isEqualTo("still here");
            String queue = sqs.getQueueUrl(b -> b.queueName("kept")).queueUrl();
            assertThat(sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(1)).messages()).extracting(Message::body).containsExactly("kept message");
            assertThat(ddb.getItem(b -> b.tableName("kept").key(Map.of("id", AttributeValue.fromS("a")))).item().get("v").s()).isEqualTo("kept item");
        }
        assertThat(data.resolve("s3.log")).as("the emulators log into the data folder").exists();
    }

    @Test
    void joinsTheSandboxTheScriptStartedAndTheScriptStopsIt(@TempDir Path state) throws Exception {
        assertThat(script(state, "start")).contains("started");
        System.setProperty("awsjshell.stateDir", state.toString());
        try {
            Sandbox joined = Sandbox.join().orElseThrow();
            assertThat(joined.owned()).isFalse();
            assertThat(joined.toString()).contains(joined.endpoints().get("s3").toString()).endsWith("(joined)");
            try (S3Client s3 = SdkClients.s3(joined.endpoints())) {
                s3.createBucket(b -> b.bucket("from-jshell"));
                assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("from-jshell");
            }
            joined.close();
            assertThat(joined.processes()).as("closing a joined sandbox leaves it running").allMatch(ProcessHandle::isAlive);
            assertThat(Sandbox.joinOrStart(null).endpoints()).as("joinOrStart joins a running one").isEqualTo(joined.endpoints());

            assertThat(script(state, "status")).contains(joined.endpoints().get("dynamodb").toString());
            script(state, "stop");
            assertThat(joined.processes()).noneMatch(ProcessHandle::isAlive);
            assertThat(Sandbox.join()).isEmpty();
            assertThat(script(state, "status")).contains("no sandbox running");
        } finally {
            System.clearProperty("awsjshell.stateDir");
            script(state, "stop");
        }
    }

    @Test
    void anEmulatorThatCannotStartIsNamedWithItsLogAndTheOthersAreStopped(@TempDir Path brokenHome) throws Exception {
        Path realHome = Sandbox.home();
        Files.createDirectories(brokenHome.resolve("sandbox/s3/target"));
        Files.writeString(brokenHome.resolve("sandbox/s3/target/classpath.txt"), brokenHome.resolve("missing/s3proxy.jar").toString());
        Files.createSymbolicLink(brokenHome.resolve("sandbox/sqs"), realHome.resolve("sandbox/sqs"));
        Files.createSymbolicLink(brokenHome.resolve("sandbox/dynamodb"), realHome.resolve("sandbox/dynamodb"));
        List<ProcessHandle> childrenBefore = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
        System.setProperty("awsjshell.home", brokenHome.toString());
        try {
            assertThatThrownBy(Sandbox::start).isInstanceOf(ToolkitError.class)
                    .hasMessageContaining("S3Proxy (s3)").hasMessageContaining("s3.log").hasMessageContaining("org.gaul.s3proxy.Main");
        } finally {
            System.clearProperty("awsjshell.home");
        }
        List<ProcessHandle> leftOver = ProcessHandle.current().children().filter(p -> !childrenBefore.contains(p)).toList();
        awaitGone(leftOver, Duration.ofSeconds(10));
        assertThat(leftOver).as("the emulators that did start").noneMatch(ProcessHandle::isAlive);
    }

    private static void awaitGone(List<ProcessHandle> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) Thread.sleep(100);
    }

    private static String script(Path state, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Sandbox.home().resolve("scripts/sandbox").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AWS_JSHELL_STATE_DIR", state.toString());
        builder.environment().put("AWS_JSHELL_NO_BUILD", "1"); // this test runs inside the Maven build that built it
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
