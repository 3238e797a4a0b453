package dev.awsjshell.sandbox;

/** A JVM that owns a sandbox and prints its emulators' pids, for the test that kills it. */
public final class SandboxOwner {
    private SandboxOwner() {}

    public static void main(String[] args) throws InterruptedException {
        Sandbox sandbox = Sandbox.start();
        sandbox.processes().forEach(p -> System.out.println(p.pid()));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
