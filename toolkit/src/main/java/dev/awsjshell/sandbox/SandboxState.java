package dev.awsjshell.sandbox;

import dev.awsjshell.errors.ToolkitError;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The state file of a sandbox that {@code scripts/sandbox start} left running: each emulator's endpoint and pid. Nothing
 * in it is trusted as written: an endpoint must be {@code http://127.0.0.1:PORT}, and a pid must be that emulator's
 * process (its command line is the emulator's, and it listens on the endpoint's port), before anything joins the
 * endpoint or signals the pid. Written whole or not at all (a temporary file moved over the old one).
 */
record SandboxState(Path file, List<Entry> entries) {

    /** What became of one recorded emulator. */
    enum Status {
        /** Its process is the emulator and is alive. */
        RUNNING,
        /** Its process has ended. */
        ENDED,
        /** The pid is alive but is not this emulator (another program, or a reused pid): never signalled. */
        NOT_OURS,
        /** The file names no usable endpoint or pid for it. */
        INVALID
    }

    /** One service's line of the file: its endpoint and process when they are valid, and what was found. */
    record Entry(String service, URI endpoint, long pid, ProcessHandle process, Status status, String detail) {
        @Override public String toString() {
            String where = (endpoint != null ? endpoint.toString() : "no valid endpoint") + (pid > 0 ? ", pid " + pid : "");
            return Emulators.name(service) + " (" + where + "): " + switch (status) {
                case RUNNING -> "running";
                case ENDED -> "not running (its process has ended)";
                case NOT_OURS -> "not an emulator of this sandbox, left alone (" + detail + ")";
                case INVALID -> "invalid in the state file (" + detail + ")";
            };
        }
    }

    boolean allRunning() { return entries.stream().allMatch(e -> e.status() == Status.RUNNING); }

    List<Entry> running() { return entries.stream().filter(e -> e.status() == Status.RUNNING).toList(); }

    /** The state file, read and checked; empty if there is none. */
    static Optional<SandboxState> read(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            List<Entry> unreadable = Sandbox.SERVICES.stream().map(s -> new Entry(s, null, -1, null, Status.INVALID, "unreadable: " + e.getMessage())).toList();
            return Optional.of(new SandboxState(file, unreadable));
        }
        ListeningSockets sockets = ListeningSockets.readQuietly();
        List<Entry> entries = new ArrayList<>();
        for (String service : Sandbox.SERVICES) entries.add(check(service, p.getProperty(service + ".endpoint"), p.getProperty(service + ".pid"), sockets));
        return Optional.of(new SandboxState(file, entries));
    }

    private static Entry check(String service, String endpointText, String pidText, ListeningSockets sockets) {
        URI endpoint;
        try {
            endpoint = loopbackEndpoint(endpointText);
        } catch (IllegalArgumentException e) {
            return new Entry(service, null, -1, null, Status.INVALID, e.getMessage());
        }
        long pid;
        try {
            pid = Long.parseLong(pidText == null ? "" : pidText.trim());
            if (pid <= 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            return new Entry(service, endpoint, -1, null, Status.INVALID, "pid " + (pidText == null ? "missing" : "'" + pidText + "'") + " is not a process id");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> !zombie(p.pid()));
        if (process.isEmpty()) return new Entry(service, endpoint, pid, null, Status.ENDED, null);
        List<String> commandLine = commandLine(process.get());
        // the emulator's main class, or dynalite's launcher (under this home or another copy of the project)
        String marker = switch (service) {
            case "s3" -> "org.gaul.s3proxy.Main";
            case "sqs" -> "org.elasticmq.server.Main";
            case "dynamodb" -> "sandbox/dynamodb/launch.js";
            default -> throw new IllegalStateException(service);
        };
        if (commandLine.stream().noneMatch(arg -> arg.equals(marker) || arg.endsWith("/" + marker))) {
            String shown = commandLine.isEmpty() ? "its command line cannot be read" : "its command line is " + cut(String.join(" ", commandLine));
            return new Entry(service, endpoint, pid, process.get(), Status.NOT_OURS, "not " + marker + "; " + shown);
        }
        if (!sockets.listeners().isEmpty() // no /proc: the command line has to do
                && sockets.heldBy(process.get()).stream().noneMatch(l -> l.port() == endpoint.getPort() && l.loopback())) {
            return new Entry(service, endpoint, pid, process.get(), Status.NOT_OURS, "it does not listen on 127.0.0.1:" + endpoint.getPort());
        }
        return new Entry(service, endpoint, pid, process.get(), Status.RUNNING, null);
    }

    /** {@code http://127.0.0.1:PORT} and nothing else: the emulators listen on 127.0.0.1 only. */
    static URI loopbackEndpoint(String text) {
        if (text == null) throw new IllegalArgumentException("no endpoint");
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (Exception e) {
            throw new IllegalArgumentException("endpoint '" + cut(text) + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) || !"127.0.0.1".equals(uri.getHost()) || uri.getPort() < 1 || uri.getPort() > 65535
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("endpoint '" + cut(text) + "' is not http://127.0.0.1:PORT");
        }
        return URI.create("http://127.0.0.1:" + uri.getPort());
    }

    /**
     * A process that has ended but that its parent has not reaped yet: the JDK counts it alive. An emulator killed after
     * {@code scripts/sandbox start} has exited is one until init reaps it.
     */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The process's arguments, from /proc (exact, NUL-separated), else from the JDK's view of it. */
    private static List<String> commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            var info = process.info();
            List<String> all = new ArrayList<>();
            info.command().ifPresent(all::add);
            info.arguments().ifPresent(a -> all.addAll(Arrays.asList(a)));
            return all;
        }
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** Ends every recorded emulator still running (SIGTERM, then SIGKILL after 10 s); other pids are never signalled. */
    List<Entry> stopRunning() {
        List<Entry> running = running();
        running.forEach(e -> e.process().destroy());
        for (Entry e : running) {
            try {
                e.process().onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                e.process().destroyForcibly();
            }
        }
        return running;
    }

    /** Writes the file whole: a temporary file beside it, then moved over it, so a reader never sees half a file. */
    static void write(Path file, Map<String, URI> endpoints, List<ProcessHandle> processes) {
        Properties p = new Properties();
        for (int i = 0; i < Sandbox.SERVICES.size(); i++) {
            p.setProperty(Sandbox.SERVICES.get(i) + ".endpoint", endpoints.get(Sandbox.SERVICES.get(i)).toString());
            p.setProperty(Sandbox.SERVICES.get(i) + ".pid", Long.toString(processes.get(i).pid()));
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try (var out = Files.newOutputStream(temporary)) {
                p.store(out, "aws-jshell sandbox (scripts/sandbox start)");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ToolkitError("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // moved already, or nothing more can be done
                }
            }
        }
    }
}
