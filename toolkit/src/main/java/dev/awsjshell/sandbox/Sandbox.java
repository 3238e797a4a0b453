package dev.awsjshell.sandbox;

import dev.awsjshell.errors.ToolkitError;
import dev.awsjshell.util.StateFolder;

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
            if (dataDir == null && owned) {
                sweepTemporaryFolders(Path.of(System.getProperty("java.io.tmpdir")));
                logs = Files.createTempDirectory(TEMPORARY_PREFIX);
                Files.writeString(logs.resolve(OWNER_FILE), ownerLine(ProcessHandle.current()));
            } else {
                logs = Files.createDirectories(dataDir != null ? dataDir : stateFile().resolveSibling("logs"));
                for (String service : SERVICES) rotateLog(logs.resolve(service + ".log"));
            }
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

    /**
     * A sandbox started by {@code scripts/sandbox start}, if the state file names three emulators of ours, each on
     * 127.0.0.1, alive and answering. A state file naming another host, or a pid that is not the emulator, is not joined.
     */
    public static Optional<Sandbox> join() {
        Optional<SandboxState> state = SandboxState.read(stateFile());
        if (state.isEmpty() || !state.get().allRunning()) return Optional.empty();
        Map<String, URI> endpoints = new LinkedHashMap<>();
        List<ProcessHandle> handles = new ArrayList<>();
        for (SandboxState.Entry entry : state.get().entries()) {
            if (!answers(entry.endpoint())) return Optional.empty();
            endpoints.put(entry.service(), entry.endpoint());
            handles.add(entry.process());
        }
        return Optional.of(new Sandbox(endpoints, handles, false, null));
    }

    public static Sandbox joinOrStart(Path dataDir) { return join().orElseGet(() -> start(dataDir)); }

    public Map<String, URI> endpoints() { return endpoints; }

    /** True if this JVM started the emulators (and {@link #close()} stops them); false if it joined them. */
    public boolean owned() { return owned; }

    public List<ProcessHandle> processes() { return processes; }

    /**
     * Empties this sandbox, whoever started it: deletes every bucket with its objects, every queue, every table. The
     * emulators keep running, on the same endpoints.
     */
    public Reset reset() { return SandboxReset.run(endpoints); }

    /** What {@link #reset()} deleted. */
    public record Reset(List<String> buckets, int objects, List<String> queues, List<String> tables) {
        @Override public String toString() {
            return "sandbox reset: deleted " + buckets.size() + " bucket(s) with " + objects + " object(s) " + buckets
                    + ", " + queues.size() + " queue(s) " + queues + ", " + tables.size() + " table(s) " + tables;
        }
    }

    /** Writes the state file through which later JVMs join this sandbox, whole (a temporary file, then a move). */
    public void publish() {
        SandboxState.write(stateFile(), endpoints, processes);
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

    static final String TEMPORARY_PREFIX = "aws-jshell-sandbox";
    /** In a sandbox's temporary folder: the pid and start time of the JVM that owns it. */
    static final String OWNER_FILE = "owner";
    /** Older logs kept in a data or state folder: s3.log.1 (the run before) to s3.log.5. */
    static final int KEPT_LOGS = 5;

    static String ownerLine(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
    }

    /**
     * Deletes the temporary folders of sandboxes whose owner has ended without deleting them (a JVM killed with kill -9
     * runs no shutdown hook). A folder is swept only if its owner file names a process that is gone, or a pid now used
     * by a process started at another time; a folder with no owner file is left alone (it may be starting).
     */
    static void sweepTemporaryFolders(Path tmp) {
        try (var folders = Files.list(tmp)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(TEMPORARY_PREFIX) && Files.isDirectory(f)).toList()) {
                Path owner = folder.resolve(OWNER_FILE);
                if (!Files.isRegularFile(owner)) continue;
                String line;
                try {
                    line = Files.readString(owner).trim();
                } catch (IOException e) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(line.split(" ")[0]);
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean ownerAlive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> ownerLine(p).equals(line)).orElse(false);
                if (!ownerAlive) deleteTree(folder);
            }
        } catch (IOException | SecurityException e) {
            // a sweep that cannot list the folder leaves it as it is
        }
    }

    /** s3.log becomes s3.log.1, s3.log.1 becomes s3.log.2, ...; the oldest beyond {@link #KEPT_LOGS} is deleted. */
    static void rotateLog(Path log) throws IOException {
        if (!Files.exists(log)) return;
        Files.deleteIfExists(log.resolveSibling(log.getFileName() + "." + KEPT_LOGS));
        for (int i = KEPT_LOGS - 1; i >= 1; i--) {
            Path older = log.resolveSibling(log.getFileName() + "." + i);
            if (Files.exists(older)) Files.move(older, log.resolveSibling(log.getFileName() + "." + (i + 1)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(log, log.resolveSibling(log.getFileName() + ".1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
        return StateFolder.path().resolve("sandbox.properties");
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
