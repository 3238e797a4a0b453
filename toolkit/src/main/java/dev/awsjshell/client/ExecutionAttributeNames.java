package dev.awsjshell.client;

/**
 * Names for the toolkit's SDK execution attributes. The SDK refuses a second attribute of the same name in one JVM, and
 * the resident JVM (scripts/jshell --daemon) loads a new copy of the toolkit for each script on the same SDK, so each
 * copy's attributes get names of their own.
 */
final class ExecutionAttributeNames {
    private static final String SUFFIX = "@" + Integer.toHexString(System.identityHashCode(ExecutionAttributeNames.class)) + "-" + System.nanoTime();

    private ExecutionAttributeNames() {}

    static String unique(String name) { return name + SUFFIX; }
}
