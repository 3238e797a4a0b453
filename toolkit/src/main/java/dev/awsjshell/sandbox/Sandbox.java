package dev.awsjshell.sandbox;

import dev.awsjshell.ToolkitError;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Local AWS for workshops with no account: S3 (S3Proxy) and SQS (ElasticMQ) from Maven Central, each in a JVM of its
 * own, so that their dependency trees stay off the toolkit's class path, and DynamoDB (dynalite, from npm) in Node.js;
 * each on a free port of 127.0.0.1, listening on loopback only. A sandbox started by {@code scripts/sandbox start}
 * outlives one JShell, which can {@link #join()} it.
 */
public final class Sandbox implements AutoCloseable {
    public static final List<String> SERVICES = List.of("s3", "sqs", "dynamodb");
    private static final long START_TIMEOUT_MS = 60_000;

    private final Map<String, URI> endpoints;
    private final List<ProcessHandle> processes;
    private final boolean owned;
    private final Thread shutdownHook;
    /** The emulators' logs and settings of an in-memory sandbox this JVM owns: deleted when it stops. */
    private final Path temporaryFolder;

    private Sandbox(Map<String, URI> endpoints, List<ProcessHandle> processes, boolean owned, Path temporaryFolder) {
        this.endpoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endpoints)); // s3, sqs, dynamodb in that order
        this.processes = List.copyOf(processes);
        this.owned = owned;
        this.temporaryFolder = temporaryFolder;
        this.shutdownHook = owned ? new Thread(this::stopAndCleanUp, "sandbox-stop") : null;
        if (owned) Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts all three emulators in memory, and returns once each answers. */
    public static Sandbox start() { return start(null); }

    /** Starts all three; with a data folder, buckets, queues and tables survive a restart (see the README for what persists). */
    public static Sandbox start(Path dataDir) {
        return start(dataDir, true);
    }

    /** For scripts/sandbox start: emulators that outlive this JVM, logging to the data folder or the state folder. */
    static Sandbox startDetached(Path dataDir) {
        return start(dataDir, false);
    }

    private static Sandbox start(Path dataDir, boolean owned) {
        Path home = home();
        Path logs;
        try {
            logs = dataDir != null ? Files.createDirectories(dataDir)
                    : owned ? Files.createTempDirectory("aws-jshell-sandbox")
                    : Files.createDirectories(stateFile().resolveSibling("logs"));
        } catch (IOException e) {
            throw new ToolkitError("Cannot create the sandbox's folder: " + e.getMessage(), e);
        }
        Map<String, URI> endpoints = new LinkedHashMap<>();
        List<Process> started = new ArrayList<>();
        try {
            for (String service : SERVICES) {
                int port = freePort();
                endpoints.put(service, URI.create("http://127.0.0.1:" + port));
                started.add(Emulators.launch(service, home, port, dataDir, logs, owned ? ProcessHandle.current().pid() : null));
            }
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            for (int i = 0; i < SERVICES.size(); i++) {
                awaitAnswer(SERVICES.get(i), endpoints.get(SERVICES.get(i)), started.get(i), deadline, logs);
            }
        } catch (RuntimeException e) {
            started.forEach(Process::destroyForcibly);
            throw e;
        }
        return new Sandbox(endpoints, started.stream().map(Process::toHandle).toList(), owned, owned && dataDir == null ? logs : null);
    }

    /** A sandbox started by {@code scripts/sandbox start}, if its processes are alive and answering. */
    public static Optional<Sandbox> join() {
        Path state = stateFile();
        if (!Files.exists(state)) return Optional.empty();
        Properties p = new Properties();
        try (var in = Files.newInputStream(state)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, URI> endpoints = new LinkedHashMap<>();
        List<ProcessHandle> handles = new ArrayList<>();
        for (String service : SERVICES) {
            String endpoint = p.getProperty(service + ".endpoint");
            Optional<ProcessHandle> process = Optional.ofNullable(p.getProperty(service + ".pid")).map(Long::parseLong).flatMap(ProcessHandle::of);
            if (endpoint == null || process.isEmpty() || !process.get().isAlive() || !answers(URI.create(endpoint))) return Optional.empty();
            endpoints.put(service, URI.create(endpoint));
            handles.add(process.get());
        }
        return Optional.of(new Sandbox(endpoints, handles, false, null));
    }

    public static Sandbox joinOrStart(Path dataDir) { return join().orElseGet(() -> start(dataDir)); }

    public Map<String, URI> endpoints() { return endpoints; }

    /** True if this JVM started the emulators (and {@link #close()} stops them); false if it joined them. */
    public boolean owned() { return owned; }

    public List<ProcessHandle> processes() { return processes; }

    /** Writes the state file through which later JVMs join this sandbox. */
    public void publish() {
        Properties p = new Properties();
        for (int i = 0; i < SERVICES.size(); i++) {
            p.setProperty(SERVICES.get(i) + ".endpoint", endpoints.get(SERVICES.get(i)).toString());
            p.setProperty(SERVICES.get(i) + ".pid", Long.toString(processes.get(i).pid()));
        }
        try {
            Files.createDirectories(stateFile().getParent());
            try (var out = Files.newOutputStream(stateFile())) {
                p.store(out, "aws-jshell sandbox (scripts/sandbox start)");
            }
        } catch (IOException e) {
            throw new ToolkitError("Cannot write " + stateFile() + ": " + e.getMessage(), e);
        }
    }

    /** Stops the emulators this JVM started; a joined sandbox is left running. */
    @Override public void close() {
        if (!owned) return;
        stopAndCleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private synchronized void stopAndCleanUp() {
        stopProcesses();
        if (temporaryFolder != null) deleteTree(temporaryFolder);
    }

    private static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind does no harm
        }
    }

    /** Stops the processes of a sandbox, whoever started it (scripts/sandbox stop). */
    public void stopProcesses() {
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    @Override public String toString() {
        return "Sandbox[" + endpoints.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", "))
                + "]" + (owned ? "" : " (joined)");
    }

    public static Path stateFile() {
        String dir = System.getProperty("awsjshell.stateDir", System.getenv("AWS_JSHELL_STATE_DIR"));
        return (dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".aws-jshell")).resolve("sandbox.properties");
    }

    /** The project folder, where the emulators' class paths were written by the build. */
    static Path home() {
        String home = System.getProperty("awsjshell.home", System.getenv("AWS_JSHELL_HOME"));
        if (home != null) return Path.of(home);
        for (Path start : List.of(Path.of("").toAbsolutePath(), toolkitLocation())) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("sandbox")) && (Files.exists(dir.resolve("startup.jsh")) || isParentPom(dir.resolve("pom.xml")))) return dir;
            }
        }
        throw new ToolkitError("Cannot find the aws-jshell folder: set AWS_JSHELL_HOME or -Dawsjshell.home");
    }

    /** Where the toolkit's classes are (toolkit/target/classes in the project): a way home from any working folder. */
    private static Path toolkitLocation() {
        try {
            return Path.of(Sandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (Exception e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static boolean isParentPom(Path pom) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>aws-jshell-parent</artifactId>");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new ToolkitError("No free loopback port: " + e.getMessage(), e);
        }
    }

    private static void awaitAnswer(String service, URI endpoint, Process process, long deadline, Path logs) {
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new ToolkitError(Emulators.name(service) + " stopped while starting (exit " + process.exitValue() + "); its log, "
                        + logs.resolve(service + ".log") + ", ends with:\n" + tail(logs.resolve(service + ".log"), 15));
            }
            if (answers(endpoint)) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ToolkitError("Interrupted while the sandbox started", e);
            }
        }
        throw new ToolkitError(Emulators.name(service) + " did not answer on " + endpoint + " within " + START_TIMEOUT_MS / 1000 + " s; its log, "
                + logs.resolve(service + ".log") + ", ends with:\n" + tail(logs.resolve(service + ".log"), 15));
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    static boolean answers(URI endpoint) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
            c.setConnectTimeout(200);
            c.setReadTimeout(2000);
            c.getResponseCode();
            c.disconnect();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new ToolkitError("The sandbox is not built (" + file + " is missing): run mvn -pl sandbox/s3,sandbox/sqs,sandbox/dynamodb package", e);
        }
    }
}
