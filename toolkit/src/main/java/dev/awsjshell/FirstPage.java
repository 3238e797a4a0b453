package dev.awsjshell;

import java.nio.file.Files;
import java.nio.file.Path;

/** The text of {@link Aws#help()}: boto3's first lines in Java, and where to read on. */
final class FirstPage {
    private FirstPage() {}

    static String text() {
        String home = System.getProperty("awsjshell.home", System.getenv().getOrDefault("AWS_JSHELL_HOME", "."));
        Path notebooks = Path.of(home, "notebooks");
        return """
                aws-jshell: boto3's way of working with AWS, in Java. Type these first:

                  var s3 = Aws.client("s3");                          // boto3.client("s3")
                  s3.call("list_buckets")                             // s3.list_buckets()
                  Clients.s3().listObjectsV2(Map.of("Bucket", "b"))   // typed: Tab completes every operation
                  s3.help("put_object")                               // help(s3.put_object): parameters, allowed values, example
                  s3.help()                                           // the client's operations, waiters, paginators
                  Resources.dynamodb().table("users").putItem(Map.of("Item", Map.of("id", "1")))
                  Aws.resource("s3").help()                           // a resource's identifiers, attributes, actions, collections

                Errors are botocore's: catch (ClientError e) { e.code(); e.response(); }; Aws.lastError() shows the
                last one's full chain. Sessions: Aws.session().profileName("dev").regionName("eu-west-1").build().
                Local AWS without an account: scripts/jshell --sandbox, or Aws.sandbox() here.

                """ + (Files.isDirectory(notebooks)
                ? "Notebooks, one concept each (scripts/notebook opens them): " + notebooks.toAbsolutePath().normalize() + "\n"
                : "Notebooks: the notebooks/ folder of the aws-jshell repository (scripts/notebook opens them)\n");
    }
}
