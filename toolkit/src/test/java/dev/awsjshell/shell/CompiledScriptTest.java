package dev.awsjshell.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A script's second run, from what its first run compiled (scripts/jshell's LauncherTest runs it as a user does). */
class CompiledScriptTest {
    @TempDir Path temp;
    private final PrintStream out = System.out, err = System.err;

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
        System.clearProperty("awsjshell.stateDir");
    }

    record Run(int status, String out, String err) {}

    Run run(Path state, Path script, String... args) throws IOException {
        System.setProperty("awsjshell.stateDir", state.toString());
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        String classPath = System.getProperty("java.class.path");
        int status;
        try {
            status = RunScript.runScript(temp.resolve("startup.jsh"), script, args, classPath, classPath, null);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    List<Path> entries(Path state) throws IOException {
        Path folder = state.resolve("compiled");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void theSecondRunReadsItsArgumentsAndReportsAnExceptionAsACompilingRunDoes() throws IOException {
        Files.writeString(temp.resolve("startup.jsh"), "import dev.awsjshell.Aws;\n");
        Path script = temp.resolve("script.jsh"), state = temp.resolve("state");
        Files.writeString(script, """
                int twice(int n) { return 2 * n; }
                var names = Aws.client("s3", Map.of("region_name", "us-east-1")).waiterNames();
                System.out.println(twice(21) + " " + Arrays.toString(args) + " " + names.size());
                if (args.length > 1) Integer.parseInt(args[1]);
                /exit 4
                """);

        assertThat(run(state, script, "a")).isEqualTo(new Run(4, "42 [a] 4\n", ""));
        assertThat(entries(state)).hasSize(1);
        assertThat(CompiledScript.read(entries(state).get(0))).asString().endsWith(" steps, exit status 4]");
        assertThat(run(state, script, "b", "12")).isEqualTo(new Run(4, "42 [b, 12] 4\n", ""));

        Run replayed = run(state, script, "b", "x");
        assertThat(replayed.status()).isEqualTo(1);
        assertThat(replayed.err()).startsWith(script + ":4: java.lang.NumberFormatException: For input string: \"x\"\n"
                + "    at java.base/java.lang.NumberFormatException.forInputString(");
        Path fresh = temp.resolve("fresh");
        assertThat(run(fresh, script, "b", "x")).isEqualTo(replayed);
        assertThat(entries(fresh)).as("a run that failed is not kept").isEmpty();

        Files.writeString(script, Files.readString(script).replace("2 * n", "3 * n"));
        assertThat(run(state, script, "a")).isEqualTo(new Run(4, "63 [a] 4\n", ""));
        assertThat(entries(state)).hasSize(2);
    }
}
