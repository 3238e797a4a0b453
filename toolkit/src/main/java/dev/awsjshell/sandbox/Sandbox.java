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
 * Local AWS for workshops with no account: S3 (S3Proxy), SQS (ElasticMQ) and DynamoDB (DynamoDB Local) from Maven
 * Central, each in a JVM of its own on a free loopback port, so that their dependency trees stay off the toolkit's class
 * path. A sandbox started by {@code scripts/sandbox start} outlives one JShell, which can {@link #join()} it.
 */
public final class Sandbox implements AutoCloseable {
    public static final List<String> SERVICES = List.of("s3", "sqs", "dynamodb");
    private static final long START_TIMEOUT_MS = 60_000;

    private final Map<String, URI> endpoints;
    private final List<ProcessHandle> processes;
    private final boolean owned;
    private final Thread shutdownHook;

    private Sandbox(Map<String, URI> endpoints, List<ProcessHandle> processes, boolean owned) {
        this.endpoints = Map.copyOf(endpoints);
        this.processes = List.copyOf(processes);
        this.owned = owned;
        this.shutdownHook = owned ? new Thread(this::stopProcesses, "sandbox-stop") : null;
        if (owned) Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts all three emulators in memory, and returns once each answers. */
    public static Sandbox start() { return start(null); }

    /** Starts all three; with a data folder, buckets, queues and tables survive a restart (see the README for what persists). */
    public static Sandbox start(Path dataDir) {
        Path home = home();
        Path logs;
        try {
            logs = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("aws-jshell-sandbox");
        } catch (IOException e) {
            throw new ToolkitError("Cannot create the sandbox's folder: " + e.getMessage(), e);
        }
        Map<String, URI> endpoints = new LinkedHashMap<>();
        List<Process> started = new ArrayList<>();
        try {
            for (String service : SERVICES) {
                int port = freePort();
                endpoints.put(service, URI.create("http://127.0.0.1:" + port));
                started.add(Emulators.launch(service, home, port, dataDir, logs));
            }
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            for (int i = 0; i < SERVICES.size(); i++) {
                awaitAnswer(SERVICES.get(i), endpoints.get(SERVICES.get(i)), started.get(i), deadline, logs);
            }
        } catch (RuntimeException e) {
            started.forEach(Process::destroyForcibly);
            throw e;
        }
        return new Sandbox(endpoints, started.stream().map(Process::toHandle).toList(), true);
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
        return Optional.of(new Sandbox(endpoints, handles, false));
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
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
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
        return "Sandbox" + endpoints + (owned ? "" : " (joined)");
    }

    public static Path stateFile() {
        String dir = System.getProperty("awsjshell.stateDir", System.getenv("AWS_JSHELL_STATE_DIR"));
        return (dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".aws-jshell")).resolve("sandbox.properties");
    }

    /** The project folder, where the emulators' class paths were written by the build. */
    static Path home() {
        String home = System.getProperty("awsjshell.home", System.getenv("AWS_JSHELL_HOME"));
        if (home != null) return Path.of(home);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("startup.jsh")) && Files.isDirectory(dir.resolve("sandbox"))) return dir;
        }
        throw new ToolkitError("Cannot find the aws-jshell folder: set AWS_JSHELL_HOME or -Dawsjshell.home");
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
                throw new ToolkitError("The " + service + " emulator stopped at start (exit " + process.exitValue() + "); see " + logs.resolve(service + ".log"));
            }
            if (answers(endpoint)) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ToolkitError("Interrupted while the sandbox started", e);
            }
        }
        throw new ToolkitError("The " + service + " emulator did not answer within " + START_TIMEOUT_MS / 1000 + " s; see " + logs.resolve(service + ".log"));
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
