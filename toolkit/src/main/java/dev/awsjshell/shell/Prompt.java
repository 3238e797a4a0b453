package dev.awsjshell.shell;

import dev.awsjshell.session.Banner;
import dev.awsjshell.session.Session;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The prompt of {@code scripts/jshell}: JShell's own tool, started as its launcher starts it (the same call), in a JVM
 * of aws-jshell's flags. While the tool compiles its startup snippets on one core, a second thread reads what the
 * banner of startup.jsh shows (the configuration and credentials files, the environment) into a session of its own,
 * which it drops: the banner's own call then finds those classes loaded and initialized, and the prompt shows sooner.
 * Nothing of that session is kept or shown, so the prompt is the same with or without it.
 */
public final class Prompt {
    private Prompt() {}

    public static void main(String[] args) throws Exception {
        Thread warmUp = new Thread(Prompt::readConfiguration, "aws-jshell warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        System.exit(JavaShellToolBuilder.builder().start(args));
    }

    private static void readConfiguration() {
        try {
            Banner.of(Session.builder().build());
        } catch (RuntimeException e) {
            // startup.jsh's banner meets the same problem and says it
        }
    }
}
