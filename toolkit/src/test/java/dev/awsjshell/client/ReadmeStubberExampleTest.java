package dev.awsjshell.client;

import dev.awsjshell.Aws;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The README's JUnit example, as written there, with the class it tests. */
class ReadmeStubberExampleTest {
    /** Copies every object of a bucket to an archive bucket, then deletes it. */
    record Archiver(AwsClient s3) {
        void archive(String from, String to) {
            for (AwsMap object : s3.call("list_objects_v2", Map.of("Bucket", from)).maps("Contents")) {
                s3.call("copy_object", Map.of("Bucket", to, "Key", object.string("Key"), "CopySource", from + "/" + object.string("Key")));
                s3.call("delete_object", Map.of("Bucket", from, "Key", object.string("Key")));
            }
        }
    }

    @Test
    void archivesEveryObjectOfTheBucket() {
        AwsClient s3 = Aws.session().regionName("us-east-1").build().client("s3");
        try (Stubber stubber = new Stubber(s3).activate()) {
            stubber.addResponse("list_objects_v2", Map.of("Contents", List.of(Map.of("Key", "a.txt"))), Map.of("Bucket", "in"));
            stubber.addResponse("copy_object", Map.of(), Map.of("Bucket", "archive", "Key", "a.txt", "CopySource", "in/a.txt"));
            stubber.addClientError("delete_object", "AccessDenied", "Access Denied", 403, null, Map.of("Bucket", "in", "Key", Stubber.ANY), null);

            assertThrows(ClientError.class, () -> new Archiver(s3).archive("in", "archive"));
            stubber.assertNoPendingResponses();
        }
    }
}
