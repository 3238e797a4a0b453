package dev.awsjshell.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * scripts/sandbox: start [--data DIR] | stop | status, for a sandbox that outlives one JShell. A half-dead sandbox (an
 * emulator killed) is reported emulator by emulator; stop, and a start over it, end every recorded emulator still
 * running and delete the state file. A pid that is not one of our emulators is never signalled.
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "status" : args[0];
        switch (command) {
            case "start" -> {
                Optional<Sandbox> running = Sandbox.join();
                if (running.isPresent()) {
                    System.out.println("already running: " + running.get());
                    return;
                }
                SandboxState.read(Sandbox.stateFile()).ifPresent(old -> {
                    System.out.println("the recorded sandbox is not whole:");
                    old.entries().forEach(e -> System.out.println("  " + e));
                    stop(old);
                });
                Path data = args.length > 2 && args[1].equals("--data") ? Path.of(args[2]).toAbsolutePath() : null;
                long t0 = System.nanoTime();
                Sandbox sandbox = Sandbox.startDetached(data);
                sandbox.publish();
                System.out.printf("started in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, sandbox.endpoints());
            }
            case "stop" -> {
                Optional<SandboxState> state = SandboxState.read(Sandbox.stateFile());
                if (state.isEmpty()) System.out.println("no sandbox running");
                else stop(state.get());
            }
            case "status" -> {
                Optional<Sandbox> joined = Sandbox.join();
                Optional<SandboxState> state = SandboxState.read(Sandbox.stateFile());
                if (joined.isPresent()) {
                    System.out.println(joined.get());
                } else if (state.isEmpty() || state.get().entries().stream().allMatch(e -> e.status() == SandboxState.Status.ENDED)) {
                    System.out.println("no sandbox running" + (state.isPresent() ? " (" + Sandbox.stateFile() + " names only ended processes)" : ""));
                } else {
                    System.out.println("sandbox not whole (" + Sandbox.stateFile() + "); scripts/sandbox stop ends what is left:");
                    state.get().entries().forEach(e -> System.out.println("  " + e));
                }
            }
            default -> {
                System.err.println("usage: scripts/sandbox start [--data DIR] | stop | status");
                System.exit(2);
            }
        }
    }

    /** Ends every recorded emulator still running, says what it did for each, and deletes the state file. */
    private static void stop(SandboxState state) {
        List<SandboxState.Entry> stopped = state.stopRunning();
        for (SandboxState.Entry e : state.entries()) {
            System.out.println(stopped.contains(e) ? "stopped " + Emulators.name(e.service()) + " (" + e.endpoint() + ", pid " + e.pid() + ")"
                    : "not stopped: " + e);
        }
        try {
            Files.deleteIfExists(state.file());
        } catch (IOException e) {
            System.out.println("cannot delete " + state.file() + ": " + e.getMessage());
        }
    }
}
