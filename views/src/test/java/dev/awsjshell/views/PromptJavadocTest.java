package dev.awsjshell.views;

import dev.awsjshell.shell.JavadocSources;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shift+Tab at the prompt: JShell's documentation request finds the toolkit's and the generated views' javadoc. */
class PromptJavadocTest {
    @Test
    void jshellShowsTheToolkitsAndTheTypedViewsJavadoc() {
        assertThat(JavadocSources.install()).as("JShell takes the source roots (surefire opens jdk.jshell as scripts/jshell does)").isTrue();
        try (JShell shell = JShell.builder().executionEngine("local").compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
            shell.eval("import dev.awsjshell.*;");
            shell.eval("import dev.awsjshell.views.*;");
            assertThat(docs(shell, "Clients.s3().putObject(")).anyMatch(d -> d.contains("Adds an object to a bucket.") && d.contains("required: Bucket, Key"));
            assertThat(docs(shell, "Aws.client(")).anyMatch(d -> d.contains("boto3's {@code boto3.client(\"sqs\")}"));
        }
    }

    private static List<String> docs(JShell shell, String code) {
        return shell.sourceCodeAnalysis().documentation(code, code.length(), true).stream()
                .map(SourceCodeAnalysis.Documentation::javadoc).filter(java.util.Objects::nonNull).toList();
    }
}
