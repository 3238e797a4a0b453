package dev.awsjshell.sandbox;

import java.nio.file.Path;

/** scripts/sandbox: start [--data DIR] | stop | status, for a sandbox that outlives one JShell. */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "status" : args[0];
        switch (command) {
            case "start" -> {
                if (Sandbox.join().isPresent()) {
                    System.out.println("already running: " + Sandbox.join().get());
                    return;
                }
                Path data = args.length > 2 && args[1].equals("--data") ? Path.of(args[2]).toAbsolutePath() : null;
                long t0 = System.nanoTime();
                Sandbox sandbox = Sandbox.startDetached(data);
                sandbox.publish();
                System.out.printf("started in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, sandbox.endpoints());
            }
            case "stop" -> {
                var sandbox = Sandbox.join();
                if (sandbox.isEmpty()) {
                    System.out.println("no sandbox running");
                } else {
                    sandbox.get().stopProcesses();
                    System.out.println("stopped " + sandbox.get().endpoints());
                }
                java.nio.file.Files.deleteIfExists(Sandbox.stateFile());
            }
            case "status" -> System.out.println(Sandbox.join().map(Sandbox::toString).orElse("no sandbox running"));
            default -> {
                System.err.println("usage: scripts/sandbox start [--data DIR] | stop | status");
                System.exit(2);
            }
        }
    }
}
