package dev.awsjshell.shell;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.execution.LocalExecutionControl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a JShell script like {@code python script.py}: startup first, then the script snippet by snippet in this JVM,
 * stopping at the first error with exit status 1; {@code /exit N} ends with status N. Values are not echoed.
 * Arguments after the script are in {@code String[] args}. A script that ran to its end before, unchanged, runs
 * again without the compiler ({@link CompiledScript}).
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
        String jvmClassPath = System.getProperty("java.class.path");
        // javac would otherwise index this JVM's whole class path (the 700 MB SDK bundle) at the first snippet.
        System.setProperty("java.class.path", argv[0]);
        System.exit(runScript(Path.of(argv[1]), Path.of(argv[2]), Arrays.copyOfRange(argv, 3, argv.length), argv[0], jvmClassPath, null));
    }

    /**
     * Runs the startup file, then the script, writing to System.out and System.err; returns the exit status. The script
     * runs from its compiled form when it has one ({@link CompiledScript}), else in a new JShell whose snippets compile
     * against {@code compileClassPath} (the system property java.class.path holds it) and which is kept when it
     * reached its end. {@code jvmClassPath} is the class path this JVM started with. Snippet classes load through
     * {@code snippets}, or JShell's own loader when null: ScriptDaemon calls this, by reflection, on a copy of the
     * toolkit in a class loader of the script's own.
     */
    public static int runScript(Path startup, Path script, String[] args, String compileClassPath, String jvmClassPath,
                                LoaderDelegate snippets) throws IOException {
        scriptArgs = args;
        JavadocSources.inScript = true;
        Path entry = CompiledScript.entry(startup, script, compileClassPath, jvmClassPath);
        CompiledScript compiled = CompiledScript.read(entry);
        if (compiled != null) return compiled.run(snippets == null ? new LocalExecutionControl() : new LocalExecutionControl(snippets));
        CompiledScript.Recorder recorder = snippets == null ? new CompiledScript.Recorder() : new CompiledScript.Recorder(snippets);
        int status = run(startup, script, JShell.builder().executionEngine(recorder, Map.of()), recorder);
        recorder.save(entry, status);
        return status;
    }

    private static int run(Path startup, Path script, JShell.Builder builder, CompiledScript.Recorder recorder) throws IOException {
        try (JShell shell = builder.out(System.out).err(System.err).build()) {
            Evaluator evaluator = new Evaluator(shell, recorder);
            Imports imports = new Imports(evaluator);
            DEFAULT_IMPORTS.forEach(i -> imports.add("import " + i + ";", "(imports)", 0));
            int status = run(evaluator, startup, imports);
            if (status < 0) status = evaluator.eval("String[] args = dev.awsjshell.shell.RunScript.args();", "(args)", 0);
            if (status < 0) status = run(evaluator, script, imports);
            System.out.flush();
            return Math.max(status, 0);
        }
    }

    private static String[] scriptArgs = new String[0];

    /** The script's arguments, which its {@code args} holds: a compiled script is run again with others. */
    public static String[] args() {
        return scriptArgs.clone();
    }

    /** JShell's eval of one snippet at a place, reporting what went wrong; a run with an error is not kept. */
    private static final class Evaluator {
        private final JShell shell;
        private final CompiledScript.Recorder recorder;

        Evaluator(JShell shell, CompiledScript.Recorder recorder) {
            this.shell = shell;
            this.recorder = recorder;
        }

        /** Returns -1, or 1 when the snippet does not compile or throws. */
        int eval(String source, String file, int line) {
            recorder.at(file, line);
            for (SnippetEvent event : shell.eval(source)) {
                if (event.exception() != null) {
                    Throwable e = event.exception();
                    recorder.spoil();
                    report(file, line, e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName(), e.getMessage(), e.getStackTrace());
                    return 1;
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    fail(file + ":" + line + ": does not compile: " + source.strip().lines().findFirst().orElse(""));
                    shell.diagnostics(event.snippet()).forEach((Diag d) -> System.err.println("    " + d.getMessage(Locale.ROOT)));
                    return 1;
                }
                // A snippet that uses what is not declared yet fails, when called, with a message of JShell's own.
                if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    recorder.spoil();
                }
            }
            return -1;
        }

        int fail(String message) {
            recorder.spoil();
            System.err.println(message);
            return 1;
        }
    }

    /**
     * Gives JShell these imports as one snippet, one compilation where each alone is one (about 10 ms each); true when
     * every one compiled. The Jupyter kernel's engine does the same with the imports that open a cell.
     */
    public static boolean evalTogether(JShell shell, List<String> imports) {
        return shell.eval(String.join("\n", imports)).stream().allMatch(e -> e.status() == Snippet.Status.VALID && e.exception() == null);
    }

    /**
     * An exception that ended the script, as {@code file:line: type: message} and the frames it passed before it left
     * the script's code: a snippet's class is REPL.* when run from a compiled script, and JShell names its file #ID.
     */
    static void report(String file, int line, String type, String message, StackTraceElement[] stack) {
        System.err.println(file + ":" + line + ": " + type + ": " + message);
        for (StackTraceElement s : stack) {
            if (s.getClassName().startsWith("REPL.") || s.getFileName() != null && s.getFileName().startsWith("#")) break;
            System.err.println("    at " + s);
        }
    }

    /**
     * Consecutive imports go to JShell as one snippet: each snippet is a compilation, and the default imports and
     * startup.jsh's are about thirty. Should the joined snippet not compile, they are evaluated one by one, so that the
     * error names the import and its line.
     */
    private static final class Imports {
        private final Evaluator evaluator;
        private final List<String[]> pending = new ArrayList<>();

        Imports(Evaluator evaluator) { this.evaluator = evaluator; }

        void add(String source, String file, int line) { pending.add(new String[] {source.strip(), file, String.valueOf(line)}); }

        /** Evaluates what is pending; returns -1, or 1 when an import does not compile. */
        int flush() {
            if (pending.isEmpty()) return -1;
            List<String[]> imports = List.copyOf(pending);
            pending.clear();
            if (imports.size() > 1 && evalTogether(evaluator.shell, imports.stream().map(i -> i[0]).toList())) return -1;
            for (String[] i : imports) {
                int status = evaluator.eval(i[0], i[1], Integer.parseInt(i[2]));
                if (status >= 0) return status;
            }
            return -1;
        }
    }

    /** Runs one file; returns -1 when it ran to its end, else the exit status. */
    private static int run(Evaluator evaluator, Path file, Imports imports) throws IOException {
        String text = Files.readString(file);
        SourceCodeAnalysis analysis = evaluator.shell.sourceCodeAnalysis();
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
                    return evaluator.fail(file + ":" + line + ": only /exit is understood in a script, not " + command);
                }
                int status = imports.flush();
                if (status >= 0) return status;
                String code = command.substring(5).trim();
                if (!code.matches("-?[0-9]{1,9}")) {
                    return code.isEmpty() ? 0 : evaluator.fail(file + ":" + line + ": /exit takes a whole number, the exit status, not " + code);
                }
                return Integer.parseInt(code);
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
            if (status < 0) status = evaluator.eval(source, file.toString(), line);
            if (status >= 0) return status;
        }
        return imports.flush();
    }
}
