package dev.awsjshell.views;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** At the prompt, with JShell's own completion: every operation, boto3's one-liners, nothing internal, sorted. */
class PromptCompletionTest {
    static JShell shell;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local")
                .compilerOptions("--class-path", System.getProperty("java.class.path")).build();
        for (String s : List.of("import java.util.*;", "import dev.awsjshell.*;", "import dev.awsjshell.client.*;", "import dev.awsjshell.views.*;",
                "S3Api s3 = null;", "AwsClient c = null;")) shell.eval(s);
    }

    @AfterAll
    static void stop() { shell.close(); }

    @Test
    void everyOperationCompletesUnderBoto3sNameInCamelCase() {
        assertThat(complete("Clients.s3().listObj")).contains("listObjects(", "listObjectsV2(", "listObjectVersions(");
        assertThat(complete("s3.putObj")).contains("putObject(", "putObjectAcl(", "putObjectTagging(");
        assertThat(complete("Clients.dynamodb().batchW")).containsExactly("batchWriteItem(");
        assertThat(complete("Clients.cognitoI")).contains("cognitoIdp()");
    }

    @Test
    void boto3sOneLinersCompileAndComplete() {
        assertThat(complete("Resources.dynamodb().table(\"users\").put")).contains("putItem(");
        assertThat(complete("Resources.s3().bucket(\"b\").objects().fil")).contains("filter(");
        assertThat(shell.eval("Runnable r = () -> Resources.dynamodb().table(\"users\").putItem(Map.of(\"Item\", Map.of(\"id\", \"1\")));")
                .get(0).status()).isEqualTo(jdk.jshell.Snippet.Status.VALID);
        assertThat(shell.eval("Runnable q = () -> Clients.s3().listObjectsV2(Map.of(\"Bucket\", \"b\")).get(\"Contents\");")
                .get(0).status()).isEqualTo(jdk.jshell.Snippet.Status.VALID);
    }

    @Test
    void listsAreSortedAndShowNothingInternal() {
        for (String code : List.of("s3.", "c.", "Aws.", "Clients.", "Resources.", "Resources.dynamodb().")) {
            List<String> names = complete(code);
            assertThat(names).as(code).isNotEmpty().isSortedAccordingTo(String::compareTo);
            assertThat(names).as(code + ": the toolkit's package-private and protected members")
                    .doesNotContain("factory()", "spec()", "service()", "recorder()", "sdkWaiters()", "create(");
        }
        assertThat(complete("s3.")).doesNotContain("factory()", "clientSpec()");
    }

    static List<String> complete(String code) {
        int[] anchor = new int[1];
        return shell.sourceCodeAnalysis().completionSuggestions(code, code.length(), anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
    }
}
