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
        for (String service : Sandbox.SERVICES) {
            assertThat(data.resolve(service + ".log.1")).as("the first run's log of " + service + ", kept at the restart").exists();
        }
        assertThat(data.resolve("dynamodb.log.1")).content().contains("listening at http://127.0.0.1:", "(LevelDB in " + data.resolve("dynalite"));
        assertThat(data.resolve("dynamodb.log")).content().contains("listening at http://127.0.0.1:");
    }

    @Test
    void logsInADataFolderAreRotatedAndTheFiveNewestKept(@TempDir Path data) throws Exception {
        Path log = data.resolve("s3.log");
        for (int run = 1; run <= 8; run++) {
            Sandbox.rotateLog(log);
            Files.writeString(log, "run " + run);
        }
        assertThat(log).hasContent("run 8");
        for (int i = 1; i <= Sandbox.KEPT_LOGS; i++) assertThat(data.resolve("s3.log." + i)).hasContent("run " + (8 - i));
        assertThat(data.resolve("s3.log." + (Sandbox.KEPT_LOGS + 1))).doesNotExist();
    }

    @Test
    void temporaryFoldersOfKilledOwnersAreSweptAtTheNextStart(@TempDir Path tmp) throws Exception {
        Process ended = new ProcessBuilder("sleep", "60").start();
        String endedOwner = Sandbox.ownerLine(ended.toHandle());
        ended.destroyForcibly().waitFor();
        Path ofEnded = folder(tmp, "aws-jshell-sandbox111", endedOwner);
        Path ofReusedPid = folder(tmp, "aws-jshell-sandbox222", ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z");
        Path ofLiving = folder(tmp, "aws-jshell-sandbox333", Sandbox.ownerLine(ProcessHandle.current()));
        Path starting = Files.createDirectory(tmp.resolve("aws-jshell-sandbox444")); // no owner file yet
        Path another = folder(tmp, "another-program", endedOwner);
        Sandbox.sweepTemporaryFolders(tmp);
        assertThat(ofEnded).as("its owner ended").doesNotExist();
        assertThat(ofReusedPid).as("its owner's pid now names a process started at another time").doesNotExist();
        assertThat(ofLiving).as("its owner is alive").exists();
        assertThat(starting).as("a folder with no owner file may be starting").exists();
        assertThat(another).as("not a sandbox's folder").exists();

        // a sandbox this JVM starts in memory records its owner, so that a later start can sweep its folder
        String tmpdir = System.getProperty("java.io.tmpdir");
        try (Sandbox sandbox = Sandbox.start()) {
            try (var folders = Files.list(Path.of(tmpdir))) {
                assertThat(folders.filter(f -> f.getFileName().toString().startsWith(Sandbox.TEMPORARY_PREFIX))
                        .map(f -> f.resolve(Sandbox.OWNER_FILE)).filter(Files::isRegularFile).map(SandboxLifecycleTest::read))
                        .contains(Sandbox.ownerLine(ProcessHandle.current()));
            }
        }
    }

    private static Path folder(Path tmp, String name, String owner) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve(name));
        Files.writeString(folder.resolve(Sandbox.OWNER_FILE), owner);
        Files.writeString(folder.resolve("s3.log"), "a log");
        return folder;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aHalfDeadSandboxIsReportedAndStoppedWhole(@TempDir Path state) throws Exception {
        assertThat(script(state, "start")).contains("started");
        java.util.Properties recorded = new java.util.Properties();
        try (var in = Files.newInputStream(state.resolve("sandbox.properties"))) {
            recorded.load(in);
        }
        Map<String, ProcessHandle> processes = new java.util.LinkedHashMap<>();
        for (String service : Sandbox.SERVICES) processes.put(service, ProcessHandle.of(Long.parseLong(recorded.getProperty(service + ".pid"))).orElseThrow());
        try {
            ProcessHandle dynalite = processes.get("dynamodb");
            dynalite.destroyForcibly();
            awaitGone(List.of(dynalite), Duration.ofSeconds(10));

            String status = script(state, "status");
            assertThat(status).contains("sandbox not whole", "scripts/sandbox stop")
                    .contains("S3Proxy (s3) (" + recorded.getProperty("s3.endpoint") + ", pid " + processes.get("s3").pid() + "): running")
                    .contains("ElasticMQ (sqs) (" + recorded.getProperty("sqs.endpoint") + ", pid " + processes.get("sqs").pid() + "): running")
                    .contains("dynalite (dynamodb) (" + recorded.getProperty("dynamodb.endpoint") + ", pid " + dynalite.pid() + "): not running")
                    .doesNotContain("no sandbox running");
            assertThat(state.resolve("sandbox.properties")).as("status changes nothing").exists();
            assertThat(processes.get("s3").isAlive() && processes.get("sqs").isAlive()).isTrue();

            String stop = script(state, "stop");
            assertThat(stop).contains("stopped S3Proxy (s3)", "stopped ElasticMQ (sqs)", "not stopped: dynalite (dynamodb)");
            assertThat(processes.values()).as("every recorded emulator has ended").noneMatch(ProcessHandle::isAlive);
            assertThat(state.resolve("sandbox.properties")).doesNotExist();
            assertThat(script(state, "status")).contains("no sandbox running");
        } finally {
            processes.values().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aStateFileIsCheckedBeforeAnyoneJoinsItOrSignalsItsPids(@TempDir Path state) throws Exception {
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try (Sandbox real = Sandbox.start()) {
            Map<String, java.net.URI> endpoints = real.endpoints();
            List<ProcessHandle> pids = real.processes();
            System.setProperty("awsjshell.stateDir", state.toString());
            try {
                // as written by the sandbox itself: joined
                real.publish();
                assertThat(Sandbox.join()).map(Sandbox::endpoints).contains(endpoints);

                // another loopback host (127.0.0.2): refused, and nothing is signalled by stop
                writeState(state, Map.of("s3", endpoints.get("s3").toString().replace("127.0.0.1", "127.0.0.2"),
                        "sqs", endpoints.get("sqs").toString(), "dynamodb", endpoints.get("dynamodb").toString()), pids);
                assertThat(Sandbox.join()).isEmpty();
                assertThat(script(state, "status")).contains("S3Proxy (s3) (no valid endpoint", "is not http://127.0.0.1:PORT");

                // a live pid that is not an emulator: refused, and stop leaves it alone
                writeState(state, Map.of("s3", endpoints.get("s3").toString(), "sqs", endpoints.get("sqs").toString(),
                        "dynamodb", endpoints.get("dynamodb").toString()), List.of(pids.get(0), pids.get(1), stranger.toHandle()));
                assertThat(Sandbox.join()).isEmpty();
                assertThat(script(state, "status")).contains("dynalite (dynamodb) (" + endpoints.get("dynamodb") + ", pid " + stranger.pid()
                        + "): not an emulator of this sandbox, left alone", "its command line is sleep 120");

                // the emulators' pids swapped: each pid is an emulator, not the one at that endpoint
                writeState(state, Map.of("s3", endpoints.get("s3").toString(), "sqs", endpoints.get("sqs").toString(),
                        "dynamodb", endpoints.get("dynamodb").toString()), List.of(pids.get(1), pids.get(0), pids.get(2)));
                assertThat(Sandbox.join()).isEmpty();
                assertThat(script(state, "status")).contains("S3Proxy (s3) (" + endpoints.get("s3") + ", pid " + pids.get(1).pid()
                        + "): not an emulator of this sandbox", "not org.gaul.s3proxy.Main");

                // a dynalite pid recorded under another port: the process does not listen there
                writeState(state, Map.of("s3", endpoints.get("s3").toString(), "sqs", endpoints.get("sqs").toString(),
                        "dynamodb", "http://127.0.0.1:" + endpoints.get("s3").getPort()), pids);
                assertThat(Sandbox.join()).isEmpty();
                assertThat(script(state, "status")).contains("it does not listen on 127.0.0.1:" + endpoints.get("s3").getPort());

                String stop = script(state, "stop");
                assertThat(stop).contains("stopped S3Proxy (s3)", "stopped ElasticMQ (sqs)", "not stopped: dynalite (dynamodb)");
                assertThat(stranger.isAlive()).as("a pid that is not ours is never signalled").isTrue();
                assertThat(pids.get(2).isAlive()).as("nor an emulator named under another endpoint").isTrue();
            } finally {
                System.clearProperty("awsjshell.stateDir");
            }
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void theStateFileIsNeverSeenHalfWritten(@TempDir Path state) throws Exception {
        Path file = state.resolve("sandbox.properties");
        Map<String, java.net.URI> endpoints = Map.of("s3", java.net.URI.create("http://127.0.0.1:1001"),
                "sqs", java.net.URI.create("http://127.0.0.1:1002"), "dynamodb", java.net.URI.create("http://127.0.0.1:1003"));
        List<ProcessHandle> pids = List.of(ProcessHandle.current(), ProcessHandle.current(), ProcessHandle.current());
        SandboxState.write(file, endpoints, pids);
        var writer = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 2000; i++) SandboxState.write(file, endpoints, pids);
        });
        int reads = 0;
        while (!writer.isDone() || reads == 0) {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            assertThat(p.stringPropertyNames()).as("read " + reads).hasSize(6);
            reads++;
        }
        writer.get();
        try (var files = Files.list(state)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    private static void writeState(Path state, Map<String, String> endpoints, List<ProcessHandle> pids) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Sandbox.SERVICES.size(); i++) {
            String service = Sandbox.SERVICES.get(i);
            text.append(service).append(".endpoint=").append(endpoints.get(service).replace(":", "\\:")).append('\n');
            text.append(service).append(".pid=").append(pids.get(i).pid()).append('\n');
        }
        Files.writeString(state.resolve("sandbox.properties"), text);
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

    @Test
    void withoutNodeJsTheErrorNamesDynaliteAndHowToInstallIt(@TempDir Path emptyBin) throws Exception {
        assertThatThrownBy(() -> Emulators.node(emptyBin.toString())).isInstanceOf(ToolkitError.class)
                .hasMessageContaining("dynalite (dynamodb) needs Node.js").hasMessageContaining("apt-get install nodejs npm");
        Path node = Files.createFile(emptyBin.resolve("node"));
        node.toFile().setExecutable(true);
        assertThat(Emulators.node("/nonexistent" + java.io.File.pathSeparator + emptyBin)).isEqualTo(node.toString());
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
