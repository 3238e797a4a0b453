package dev.awsjshell.jupyter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.core.ExecutionContext;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.java.CompilerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cell that opens with imports, among comments, in the kernel's engine as KernelMain installs it. */
class JoinedImportsTest {
    static RapaioKernel kernel;

    @BeforeAll
    static void kernel() throws Exception {
        kernel = new RapaioKernel();
        JoinedImports.install(kernel);
    }

    @Test
    void importsWithCommentsBetweenThemAreInPlaceForTheRestOfTheCell() throws Exception {
        assertThat(kernel.javaEngine()).isInstanceOf(JoinedImports.class);
        Object value = kernel.javaEngine().eval(new ExecutionContext(null), """
                // opening comment
                import java.time.LocalDate;   // a comment after an import
                /* a block comment */ import java.util.concurrent.atomic.AtomicInteger;
                import static java.lang.Math.max;
                LocalDate.of(2020, 1, 2) + " " + new AtomicInteger(max(3, 2))
                """);
        assertThat(value).hasToString("2020-01-02 3");
    }

    @Test
    void anImportThatDoesNotCompileIsReportedByTheEngineItself() {
        assertThatThrownBy(() -> kernel.javaEngine().eval(new ExecutionContext(null), "import java.time.Instant;\nimport no.such.thing.Here;\n1 + 1"))
                .isInstanceOfSatisfying(CompilerException.class, e -> assertThat(e.badSnippet().snippet().source()).isEqualTo("import no.such.thing.Here;"));
    }

    @Test
    void theLeadingCommentsAreSkipped() {
        assertThat(JoinedImports.withoutComments("  // a\n/* b\n c */\n import x.Y;")).isEqualTo("import x.Y;");
        assertThat(JoinedImports.withoutComments("// only a comment")).isEmpty();
    }
}
