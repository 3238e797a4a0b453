package dev.awsjshell.views;

import dev.awsjshell.Aws;
import dev.awsjshell.LocalAws;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's error at the prompt, as JShell hands it to its printer: boto3's line, status and request id, the user's frame. */
class PromptErrorTest {
    static final String NO_SUCH_BUCKET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
            + "<Message>The specified bucket does not exist</Message><BucketName>nope</BucketName><RequestId>4442587FB7D0A2F9</RequestId></Error>";

    @Test
    void clientErrorIsBoto3sLineWithStatusAndRequestIdAndTheSnippetsFrameOnly() throws Exception {
        try (LocalAws aws = new LocalAws(r -> new LocalAws.Response(404, "application/xml", NO_SUCH_BUCKET, java.util.Map.of("x-amz-request-id", "4442587FB7D0A2F9")));
             JShell shell = JShell.builder().executionEngine("local").compilerOptions("--class-path", System.getProperty("java.class.path")).build()) {
            Aws.setupDefaultSession(aws.session());
            shell.eval("import java.util.*;");
            shell.eval("import dev.awsjshell.*;");
            shell.eval("import dev.awsjshell.views.*;");
            List<SnippetEvent> events = shell.eval("Clients.s3().listObjectsV2(Map.of(\"Bucket\", \"nope\"))");
            EvalException e = (EvalException) events.get(0).exception();
            assertThat(e.getExceptionClassName()).isEqualTo("dev.awsjshell.errors.ClientError");
            assertThat(e.getMessage()).isEqualTo("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: "
                    + "The specified bucket does not exist\nHTTP 404, request id 4442587FB7D0A2F9; Aws.lastError() shows the whole trace");
            assertThat(e.getCause()).as("the SDK's exception is not printed as a cause").isNull();
            List<String> frames = Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName).toList();
            assertThat(e.getStackTrace()[0].getFileName()).as("the first frame is the snippet's, which JShell prints as (#4:1)").startsWith("#");
            assertThat(frames).noneMatch(c -> c.startsWith("dev.awsjshell.") || c.startsWith("software.amazon."));

            String full = Aws.lastError().toString();
            assertThat(full).contains("at dev.awsjshell.client.AwsClient.call").contains("Caused by (the SDK's exception): software.amazon.awssdk.services.s3.model.NoSuchBucketException");
        }
    }
}
