package dev.awsjshell.util;

import java.nio.file.Path;

/** Where aws-jshell keeps what outlives a run (the sandbox's endpoints, compiled scripts). */
public final class StateFolder {
    private StateFolder() {}

    /** AWS_JSHELL_STATE_DIR (or the system property awsjshell.stateDir, which tests set), else ~/.aws-jshell. */
    public static Path path() {
        String dir = System.getProperty("awsjshell.stateDir", System.getenv("AWS_JSHELL_STATE_DIR"));
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".aws-jshell");
    }
}
