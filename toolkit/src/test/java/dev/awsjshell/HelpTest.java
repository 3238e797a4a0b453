package dev.awsjshell;

import dev.awsjshell.session.Session;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** help(op) as boto3's help(client.op) gives it, for three protocols: botocore's descriptions, allowed values, an example. */
class HelpTest {
    private final Session session = Session.builder().regionName("us-east-1").build();

    @Test
    void restXmlS3PutObject() {
        String help = session.client("s3").doc("put_object").toString();
        assertThat(help).startsWith("s3.put_object(params)   [PutObject]\n\nAdds an object to a bucket.\n")
                .contains("  Bucket (string) -- [REQUIRED]\n      The bucket name to which the PUT action was initiated.")
                .contains("  StorageClass (string)\n      By default, Amazon S3 uses the STANDARD Storage Class")
                .contains("Allowed values: 'STANDARD' | 'REDUCED_REDUNDANCY' | 'STANDARD_IA'")
                .contains("s3.call(\"put_object\", Map.of(\"Body\", \"hello\", \"Bucket\", \"string\", \"Key\", \"string\"))")
                .contains("Clients.s3().putObject(Map.of(")
                .contains("Returns: a map (AwsMap) with keys\n").contains("  ETag (string)\n      Entity tag for the uploaded object.");
        assertThat(help.lines().filter(l -> l.startsWith("      ") && l.length() > 100)).as("descriptions wrapped for a terminal").isEmpty();
    }

    @Test
    void jsonDynamoDbQueryShowsNestedStructureWithTheirDescriptions() {
        String help = session.client("dynamodb").doc("query").toString();
        assertThat(help).contains("You must provide the name of the partition key attribute")
                .contains("  TableName (string) -- [REQUIRED]")
                .contains("Allowed values: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' |").contains("'SPECIFIC_ATTRIBUTES'").contains("'COUNT'")
                .contains("  KeyConditions (map of string to structure)\n")
                .contains("      ComparisonOperator (string) -- [REQUIRED]")
                .contains("dynamodb.call(\"query\", Map.of(\"TableName\", \"string\"))")
                .contains("  Items (list of map of string to structure)");
    }

    @Test
    void queryProtocolCloudFormationCreateStackShowsListEnumsAndNestedRequiredMembers() {
        String help = session.client("cloudformation").doc("create_stack").toString();
        assertThat(help).contains("Creates a stack as specified in the template.")
                .contains("  StackName (string) -- [REQUIRED]")
                .contains("  Capabilities (list of string)").contains("'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM' | 'CAPABILITY_AUTO_EXPAND'")
                .contains("  OnFailure (string)").contains("'DO_NOTHING' | 'ROLLBACK' | 'DELETE'")
                .contains("  Tags (list of structure)\n").contains("      Key (string) -- [REQUIRED]")
                .contains("cloudformation.call(\"create_stack\", Map.of(\"StackName\", \"string\"))")
                .contains("  StackId (string)");
    }

    @Test
    void helpPrintsTheWholeTextAndTheClientsFirstPageListsOperations() {
        String printed = stdout(() -> session.client("s3").help("list_objects_v2"));
        assertThat(printed).isEqualTo(session.client("s3").doc("list_objects_v2").toString());
        assertThat(stdout(() -> session.client("dynamodb").help())).contains("Operations:\n").contains("put_item")
                .contains("Waiters").doesNotContain("(none)");
        assertThat(stdout(Aws::help)).contains("Aws.client(\"s3\")").contains("help(\"put_object\")").contains("Notebooks");
    }

    @Test
    void resourceActionAndCollectionHelpSayWhatTheyCallAndFill() {
        var bucket = session.resource("s3").subresource("Bucket", "demo");
        assertThat(stdout(bucket::help)).startsWith("s3.Bucket(name='demo')")
                .contains("putObject(Map)   calls s3.put_object (Bucket = its name)")
                .contains("objects()   s3.ObjectSummary from s3.list_objects (Bucket = its name)")
                .contains("waitUntilExists()").contains("creationDate()   timestamp");
        assertThat(stdout(() -> bucket.help("put_object"))).contains("returns s3.Object")
                .contains("Calls s3.put_object (Bucket = its name)").contains("Adds an object to a bucket.");
        assertThat(stdout(() -> bucket.collection("objects").help())).contains("a collection of s3.ObjectSummary")
                .contains("pages through s3.list_objects (Bucket = its name)").contains("  Prefix (string)");
    }

    static String stdout(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
