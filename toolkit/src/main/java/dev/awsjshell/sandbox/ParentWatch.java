package dev.awsjshell.sandbox;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * The main class of an emulator's JVM when a sandbox is owned by another JVM: runs the emulator's own main class, and
 * ends this JVM as soon as the owner is gone. The owner's shutdown hook stops the emulators on a normal exit; this
 * covers the owner being killed (kill -9, a Jupyter kernel restart), which would otherwise leave the emulators running.
 * Uses nothing but the JDK: it runs on the emulator's class path plus the toolkit's classes.
 *
 * <p>Arguments: owner pid, the emulator's main class, then the emulator's own arguments.
 */
public final class ParentWatch {
    private ParentWatch() {}

    public static void main(String[] args) throws Throwable {
        long owner = Long.parseLong(args[0]);
        ProcessHandle.of(owner).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
        try {
            Class.forName(args[1]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
