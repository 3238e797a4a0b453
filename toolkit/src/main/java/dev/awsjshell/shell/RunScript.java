package dev.awsjshell.shell;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs a JShell script like {@code python script.py}: startup first, then the script snippet by snippet in this JVM,
 * stopping at the first error with exit status 1; {@code /exit N} ends with status N. Values are not echoed.
 * Arguments after the script are in {@code String[] args}.
 */
public final class RunScript {
    private static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*", "java.nio.file.*",
            "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*", "java.util.stream.*");

    private RunScript() {}

    public static void main(String[] argv) throws IOException {
        if (argv.length < 3) {
            System.err.println("usage: RunScript COMPILE_CLASS_PATH STARTUP.jsh SCRIPT.jsh [ARGS...]");
            System.exit(2);
        }
        // javac would otherwise index this JVM's whole class path (the 700 MB SDK bundle) at the first snippet.
        System.setProperty("java.class.path", argv[0]);
        int status = run(Path.of(argv[1]), Path.of(argv[2]), Arrays.copyOfRange(argv, 3, argv.length), JShell.builder().executionEngine("local"));
        System.exit(status);
    }

    /**
     * Runs the startup file, then the script, in a new JShell from {@code builder} (its snippets compile against the
     * class path in the system property java.class.path) writing to System.out and System.err; returns the exit status.
     * ScriptDaemon calls this, by reflection, on a copy of the toolkit in a class loader of the script's own.
     */
    public static int run(Path startup, Path script, String[] args, JShell.Builder builder) throws IOException {
        try (JShell shell = builder.out(System.out).err(System.err).build()) {
            Imports imports = new Imports(shell);
            DEFAULT_IMPORTS.forEach(i -> imports.add("import " + i + ";", "(imports)", 0));
            int status = run(shell, startup, imports);
            if (status < 0) {
                status = eval(shell, "String[] args = new String[] {" + Arrays.stream(args).map(RunScript::quote).collect(Collectors.joining(", ")) + "};", "(args)", 0);
            }
            if (status < 0) status = run(shell, script, imports);
            System.out.flush();
            return Math.max(status, 0);
        }
    }

    /**
     * Consecutive imports go to JShell as one snippet: each snippet is a compilation, and the default imports and
     * startup.jsh's are about thirty. Should the joined snippet not compile, they are evaluated one by one, so that the
     * error names the import and its line.
     */
    private static final class Imports {
        private final JShell shell;
        private final List<String[]> pending = new ArrayList<>();

        Imports(JShell shell) { this.shell = shell; }

        void add(String source, String file, int line) { pending.add(new String[] {source.strip(), file, String.valueOf(line)}); }

        /** Evaluates what is pending; returns -1, or 1 when an import does not compile. */
        int flush() {
            if (pending.isEmpty()) return -1;
            List<String[]> imports = List.copyOf(pending);
            pending.clear();
            if (imports.size() > 1) {
                String joined = imports.stream().map(i -> i[0]).collect(Collectors.joining(" "));
                if (shell.eval(joined).stream().allMatch(e -> e.status() == Snippet.Status.VALID)) return -1;
            }
            for (String[] i : imports) {
                int status = eval(shell, i[0], i[1], Integer.parseInt(i[2]));
                if (status >= 0) return status;
            }
            return -1;
        }
    }

    /** Runs one file; returns -1 when it ran to its end, else the exit status. */
    private static int run(JShell shell, Path file, Imports imports) throws IOException {
        String text = Files.readString(file);
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int offset = 0;
        while (offset < text.length()) {
            while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) offset++;
            if (offset >= text.length()) break;
            int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
            int endOfLine = text.indexOf('\n', offset);
            if (endOfLine < 0) endOfLine = text.length();
            if (text.startsWith("//", offset)) {
                offset = endOfLine;
                continue;
            }
            if (text.charAt(offset) == '/' && !text.startsWith("/*", offset)) {
                String command = text.substring(offset, endOfLine).trim();
                if (!command.startsWith("/exit")) {
                    System.err.println(file + ":" + line + ": only /exit is understood in a script, not " + command);
                    return 1;
                }
                int status = imports.flush();
                if (status >= 0) return status;
                String code = command.substring(5).trim();
                return code.isEmpty() ? 0 : Integer.parseInt(code);
            }
            String rest = text.substring(offset);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String source = info.source() != null ? info.source() : rest;
            offset = info.source() != null ? text.length() - info.remaining().length() : text.length();
            if (info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE && source.startsWith("import ")) {
                imports.add(source, file.toString(), line);
                continue;
            }
            int status = imports.flush();
            if (status < 0) status = eval(shell, source, file.toString(), line);
            if (status >= 0) return status;
        }
        return imports.flush();
    }

    private static int eval(JShell shell, String source, String file, int line) {
        for (SnippetEvent event : shell.eval(source)) {
            if (event.exception() != null) {
                Throwable e = event.exception();
                String type = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
                System.err.println(file + ":" + line + ": " + type + ": " + e.getMessage());
                for (StackTraceElement s : e.getStackTrace()) {
                    if (s.getClassName().startsWith("REPL.")) break;
                    System.err.println("    at " + s);
                }
                return 1;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                System.err.println(file + ":" + line + ": does not compile: " + source.strip().lines().findFirst().orElse(""));
                shell.diagnostics(event.snippet()).forEach((Diag d) -> System.err.println("    " + d.getMessage(Locale.ROOT)));
                return 1;
            }
        }
        return -1;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
