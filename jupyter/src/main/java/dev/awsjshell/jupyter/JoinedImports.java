package dev.awsjshell.jupyter;

import dev.awsjshell.shell.RunScript;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.rapaio.jupyter.kernel.core.ExecutionContext;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.java.JavaEngine;
import org.rapaio.jupyter.kernel.core.java.RapaioExecutionControlProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's Java engine, with the imports that open a cell given to JShell as one snippet: the engine evaluates a
 * cell snippet by snippet, and each import is a compilation of its own (about 10 ms), so the notebooks' first cell,
 * {@code %load ../startup.jsh}, spent a quarter of a second on its 28 imports; together they take one compilation, as
 * in {@code scripts/jshell FILE.jsh}. Should they not all compile, the cell is evaluated as the engine does, so that
 * the error is the engine's own, naming the import.
 */
final class JoinedImports extends JavaEngine {
    private JoinedImports(String executionId, RapaioExecutionControlProvider controlProvider, JShell shell, List<String> startupScripts) {
        super(executionId, controlProvider, shell, startupScripts);
    }

    /** Puts this engine in the kernel's place, with the kernel's JShell and execution control. */
    @SuppressWarnings("unchecked")
    static void install(RapaioKernel kernel) throws ReflectiveOperationException {
        JavaEngine engine = kernel.javaEngine();
        JoinedImports joined = new JoinedImports((String) KernelMain.required(JavaEngine.class, "executionId").get(engine),
                (RapaioExecutionControlProvider) KernelMain.required(JavaEngine.class, "controlProvider").get(engine),
                engine.getShell(), (List<String>) KernelMain.required(JavaEngine.class, "startupScripts").get(engine));
        KernelMain.required(RapaioKernel.class, "javaEngine").set(kernel, joined);
    }

    @Override public Object eval(ExecutionContext context, String code) throws Exception {
        SourceCodeAnalysis analysis = getShell().sourceCodeAnalysis();
        List<String> imports = new ArrayList<>();
        String rest = code;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() != SourceCodeAnalysis.Completeness.COMPLETE || !withoutComments(info.source()).startsWith("import ")) break;
            imports.add(info.source());
            rest = info.remaining();
        }
        if (imports.size() > 1 && RunScript.evalTogether(getShell(), imports)) {
            return super.eval(context, rest);
        }
        return super.eval(context, code);
    }

    /** The source after the comments and blank lines that open it (a comment after an import opens the next one). */
    static String withoutComments(String source) {
        String s = source.stripLeading();
        while (s.startsWith("//") || s.startsWith("/*")) {
            int end = s.startsWith("//") ? s.indexOf('\n') : s.indexOf("*/");
            if (end < 0) return "";
            s = s.substring(end + (s.startsWith("//") ? 1 : 2)).stripLeading();
        }
        return s;
    }
}
