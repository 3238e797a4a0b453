package dev.awsjshell.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * scripts/jshell FILE.jsh as a user runs it: class-data sharing trained and retrained by the launcher, and the resident
 * JVM (AWS_JSHELL_DAEMON=1). It runs here, in the last module, because a script needs the toolkit, the views and the
 * shell module's compile path built.
 */
@Tag("slow")
class LauncherTest {
    static final Path REPO = repo();
    static final Path CDS = REPO.resolve("target/launch/cds");
    static final String EXPECTED = "[bucket_exists, bucket_not_exists, object_exists, object_not_exists]\n";

    @TempDir static Path temp;
    static Path daemonDir;

    @BeforeAll
    static void folders() throws IOException {
        daemonDir = temp.resolve("daemons");
        Files.writeString(temp.resolve("waiters.jsh"), "System.out.println(Aws.client(\"s3\").waiterNames());\n");
        Files.writeString(temp.resolve("isolation.jsh"), """
                class Holder { static int runs; }
                Holder.runs++;
                System.out.println("runs " + Holder.runs + " args " + Arrays.toString(args) + " env " + System.getenv("LAUNCHER_TEST")
                        + " property " + System.getProperty("launcher.test") + " region " + Aws.defaultSession().regionName()
                        + " cwd " + Path.of("").toAbsolutePath());
                System.setProperty("launcher.test", "set by a script");
                Aws.setupDefaultSession(Map.of("region_name", "eu-west-3"));
                System.err.println("stdin " + new BufferedReader(new InputStreamReader(System.in)).readLine());
                /exit 7
                """);
    }

    @AfterAll
    static void stopDaemons() throws Exception {
        for (String dir : List.of("daemons", "shared", "idle")) {
            run(Map.of("AWS_JSHELL_DAEMON_DIR", temp.resolve(dir).toString()), null, "--daemon-stop");
        }
    }

    @Test
    void aStaleArchiveAfterARebuildGivesTheSameOutputAndNothingMore() throws Exception {
        Path script = temp.resolve("waiters.jsh");
        assertThat(run(Map.of(), null, script.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        assertThat(run(Map.of(), null, script.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        Set<Path> before = archives();
        Path newest = newest(before);
        Path stale = temp.resolve("stale.jsa");
        Files.copy(newest, stale);

        // A rebuild: the toolkit's classes change, so the launcher repacks its jar and trains a new archive.
        Path classes = REPO.resolve("toolkit/target/classes");
        Files.setLastModifiedTime(classes, FileTime.from(Instant.now()));
        assertThat(run(Map.of(), null, script.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        Set<Path> after = archives();
        after.removeAll(before);
        assertThat(after).as("a new archive for the new jars").hasSize(1);

        // The JVM is given the archive of the earlier jars under the new name: it must refuse it silently.
        Path current = after.iterator().next();
        Files.copy(stale, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(run(Map.of(), null, script.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        // And a missing archive is trained again, as after a first build.
        Files.delete(current);
        assertThat(run(Map.of(), null, script.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        assertThat(archives()).contains(current).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aScriptRunAgainSkipsTheCompilerWithTheSameOutcome() throws Exception {
        Path script = temp.resolve("compiled.jsh"), state = temp.resolve("compiled-state"), classLog = temp.resolve("classes.log");
        Files.writeString(script, """
                int twice(int n) { return 2 * n; }
                var greeting = "hello";
                var greeting = "hello again";
                System.out.println(greeting + " " + twice(21) + " " + Arrays.toString(args) + " stdin " + new BufferedReader(new InputStreamReader(System.in)).readLine());
                if (System.getenv("COMPILED_TEST_SERVICE") != null) Aws.client(System.getenv("COMPILED_TEST_SERVICE"));
                /exit 3
                """);
        Map<String, String> env = Map.of("AWS_JSHELL_STATE_DIR", state.toString());
        Map<String, String> logged = with(env, "JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classLog);
        String picked = "Picked up JAVA_TOOL_OPTIONS: -Xlog:class+load:file=" + classLog + "\n";

        assertThat(run(env, "one\n", script.toString(), "a")).isEqualTo(new Result(3, "hello again 42 [a] stdin one\n", ""));
        assertThat(entries(state)).hasSize(1);
        // Run again with other arguments and input: the same classes, none of javac's loaded.
        assertThat(run(logged, "two\n", script.toString(), "b", "c d")).isEqualTo(new Result(3, "hello again 42 [b, c d] stdin two\n", picked));
        assertThat(Files.readString(classLog)).contains("dev.awsjshell.shell.CompiledScript").doesNotContain("com.sun.tools.javac");

        // An exception the first run did not meet is reported as a compiling run reports it.
        Map<String, String> failing = with(env, "COMPILED_TEST_SERVICE", "nosuch");
        Result replayed = run(failing, "three\n", script.toString());
        assertThat(replayed.status()).isEqualTo(1);
        assertThat(replayed.err()).startsWith(script + ":5: dev.awsjshell.errors.UnknownServiceError: Unknown service: 'nosuch'.");
        assertThat(run(with(failing, "AWS_JSHELL_SCRIPT_CACHE", "0"), "three\n", script.toString())).isEqualTo(replayed);

        // An edit compiles again; so does an entry that cannot be read.
        Files.writeString(script, Files.readString(script).replace("hello", "hi"));
        assertThat(run(env, "four\n", script.toString())).isEqualTo(new Result(3, "hi again 42 [] stdin four\n", ""));
        assertThat(entries(state)).hasSize(2);
        for (Path entry : entries(state)) Files.write(entry, new byte[] {1, 2, 3});
        assertThat(run(env, "five\n", script.toString())).isEqualTo(new Result(3, "hi again 42 [] stdin five\n", ""));

        // A script that does not compile is not kept: it says so at every run.
        Path broken = temp.resolve("broken.jsh");
        Files.writeString(broken, "System.out.println(\"before\");\nint x = \"not a number\";\n");
        for (int i = 0; i < 2; i++) {
            Result r = run(env, null, broken.toString());
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).isEqualTo("before\n");
            assertThat(r.err()).startsWith(broken + ":2: does not compile: int x = \"not a number\";");
        }
        assertThat(entries(state)).hasSize(2);
    }

    static List<Path> entries(Path state) throws IOException {
        try (Stream<Path> s = Files.list(state.resolve("compiled"))) {
            return s.toList();
        }
    }

    @Test
    void theResidentJvmKeepsScriptsApartAndPassesEverythingThrough() throws Exception {
        Map<String, String> daemon = Map.of("AWS_JSHELL_DAEMON", "1", "AWS_JSHELL_DAEMON_DIR", daemonDir.toString());
        Path script = temp.resolve("isolation.jsh");
        Result cold = run(Map.of("AWS_JSHELL_DAEMON", "0", "LAUNCHER_TEST", "cold"), "from stdin\n", script.toString(), "a", "b c");
        Result first = run(with(daemon, "LAUNCHER_TEST", "first"), "from stdin\n", script.toString(), "a", "b c");
        awaitSocket(daemonDir, Duration.ofSeconds(90));
        Result second = run(with(daemon, "LAUNCHER_TEST", "second"), "line two\n", script.toString(), "x");
        Result third = run(with(daemon, "LAUNCHER_TEST", "third"), null, script.toString());

        String cwd = " cwd " + REPO;
        assertThat(cold).isEqualTo(new Result(7, "runs 1 args [a, b c] env cold property null region null" + cwd + "\n", "stdin from stdin\n"));
        assertThat(first).isEqualTo(new Result(7, "runs 1 args [a, b c] env first property null region null" + cwd + "\n", "stdin from stdin\n"));
        assertThat(second).isEqualTo(new Result(7, "runs 1 args [x] env second property null region null" + cwd + "\n", "stdin line two\n"));
        assertThat(third).isEqualTo(new Result(7, "runs 1 args [] env third property null region null" + cwd + "\n", "stdin null\n"));
        assertThat(daemonLog(daemonDir)).as("the daemon served the second and the third").containsSubsequence(
                "served " + script + ": status 7", "served " + script + ": status 7");

        Path waiters = temp.resolve("waiters.jsh");
        assertThat(run(daemon, null, waiters.toString())).isEqualTo(new Result(0, EXPECTED, ""));
        Path failing = temp.resolve("failing.jsh");
        Files.writeString(failing, "int x = 1;\nthrow new IllegalStateException(\"stop here\");\n");
        Result failed = run(daemon, null, failing.toString());
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err()).startsWith(failing + ":2: java.lang.IllegalStateException: stop here");
    }

    @Test
    void theResidentJvmRefusesAnotherUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to connect as another user");
        Path dir = temp.resolve("shared");
        Map<String, String> daemon = Map.of("AWS_JSHELL_DAEMON", "1", "AWS_JSHELL_DAEMON_DIR", dir.toString());
        run(daemon, null, temp.resolve("waiters.jsh").toString());
        Path socket = awaitSocket(dir, Duration.ofSeconds(90));
        // Only the folder's mode keeps others out; opened up here, the daemon's own check of the peer must refuse.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        Process p = new ProcessBuilder("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                "/usr/bin/python3", "-I", "-S", REPO.resolve("scripts/jshell-client.py").toString(), socket.toString(), "any-key",
                temp.resolve("waiters.jsh").toString(), "0", "/bin/echo", "ran cold").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("ran cold\n");
        assertThat(daemonLog(dir)).contains("refused a caller of user nobody");
    }

    @Test
    void theResidentJvmStopsWhenIdle() throws Exception {
        Path dir = temp.resolve("idle");
        Map<String, String> daemon = Map.of("AWS_JSHELL_DAEMON", "1", "AWS_JSHELL_DAEMON_DIR", dir.toString(), "AWS_JSHELL_DAEMON_IDLE", "3");
        run(daemon, null, temp.resolve("waiters.jsh").toString());
        Path socket = awaitSocket(dir, Duration.ofSeconds(90));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(socket) && System.nanoTime() < deadline) Thread.sleep(200);
        assertThat(socket).doesNotExist();
        assertThat(daemonLog(dir)).contains("stops: idle for 3 s");
    }

    @Test
    void aServiceOffTheClassPathLoadsOnItsFirstClient() throws Exception {
        // The launcher's class path has the SDK's core and the most used services; API Gateway's jar loads on first use.
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Accept"));
            byte[] body = "{\"item\":[{\"id\":\"a1\",\"name\":\"orders\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path script = temp.resolve("apigateway.jsh");
            Files.writeString(script, """
                    var apis = Aws.client("apigateway", Map.of("region_name", "us-east-1")).call("get_rest_apis", Map.of());
                    System.out.println(apis.get("items"));
                    System.out.println(software.amazon.awssdk.services.s3.S3Client.class.getClassLoader() == ClassLoader.getSystemClassLoader());
                    """);
            Result r = run(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret"), null, script.toString());
            assertThat(r).isEqualTo(new Result(0, "[{id: 'a1', name: 'orders'}]\ntrue\n", ""));
            assertThat(requests).containsExactly("GET /restapis application/json");
        } finally {
            server.stop(0);
        }
    }

    record Result(int status, String out, String err) {}

    static Result run(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(REPO.resolve("scripts/jshell").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        builder.environment().put("AWS_JSHELL_NO_BUILD", "1");   // this test runs inside the Maven build that built it
        builder.environment().put("AWS_JSHELL_QUIET", "1");
        builder.environment().put("AWS_JSHELL_STATE_DIR", temp.resolve("state").toString());
        builder.environment().remove("AWS_JSHELL_DAEMON");
        builder.environment().remove("AWS_REGION");
        builder.environment().remove("AWS_DEFAULT_REGION");
        builder.environment().putAll(env);
        Path out = Files.createTempFile(temp, "out", ".txt"), err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = builder.start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(env);
        m.put(key, value);
        return m;
    }

    static Set<Path> archives() throws IOException {
        try (Stream<Path> s = Files.list(CDS)) {
            return s.filter(p -> p.getFileName().toString().matches("script-[0-9a-f]+\\.jsa")).collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    static Path newest(Set<Path> archives) throws IOException {
        Path newest = null;
        for (Path p : archives) {
            if (newest == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0) newest = p;
        }
        assertThat(newest).as("the scripts' archive, trained by the first run").isNotNull();
        return newest;
    }

    static Path awaitSocket(Path dir, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    var socket = s.filter(p -> p.toString().endsWith(".sock")).findFirst();
                    if (socket.isPresent()) return socket.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no daemon socket in " + dir + " after " + timeout + "; log: " + daemonLog(dir));
    }

    static String daemonLog(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "";
        try (Stream<Path> s = Files.list(dir)) {
            StringBuilder b = new StringBuilder();
            for (Path p : s.filter(p -> p.toString().endsWith(".log")).toList()) b.append(Files.readString(p));
            return b.toString();
        }
    }

    private static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scripts/jshell"))) return p;
        }
        throw new IllegalStateException("no scripts/jshell above " + Path.of("").toAbsolutePath());
    }
}
