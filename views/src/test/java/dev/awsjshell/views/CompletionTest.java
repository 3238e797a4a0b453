package dev.awsjshell.views;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the typed views are for: JShell completes a resource's members, as it would at the prompt. */
class CompletionTest {
    @Test
    void jshellCompletesIdentifiersAttributesActionsSubresourcesCollectionsAndWaiters() {
        try (JShell shell = JShell.builder().executionEngine("local")
                .compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
            shell.eval("import dev.awsjshell.*;");
            shell.eval("import dev.awsjshell.views.*;");
            shell.eval("S3Bucket b = null;");
            shell.eval("Ec2Instance i = null;");
            assertThat(complete(shell, "b.obj")).contains("object(", "objects()", "objectVersions()");
            assertThat(complete(shell, "b.wait")).contains("waitUntilExists(", "waitUntilNotExists(");
            assertThat(complete(shell, "b.objects().del")).contains("delete(");
            assertThat(complete(shell, "i.vp")).contains("vpc()", "vpcId()");
            assertThat(complete(shell, "i.sto")).contains("stop(");
        }
    }

    private static List<String> complete(JShell shell, String code) {
        int[] anchor = new int[1];
        return shell.sourceCodeAnalysis().completionSuggestions(code, code.length(), anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
    }
}
