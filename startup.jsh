// aws-jshell: loaded by scripts/jshell, scripts/jshell FILE.jsh and the Jupyter kernel, after JShell's default imports.
// Only what a user types: the facade, the types of values they hold, the errors they catch, the typed views.
import dev.awsjshell.Aws;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.Paginator;
import dev.awsjshell.client.Params;
import dev.awsjshell.client.Stubber;
import dev.awsjshell.client.Waiter;
import dev.awsjshell.config.Config;
import dev.awsjshell.display.Table;
import dev.awsjshell.errors.*;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ResourceCollection;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.StreamingBody;
import dev.awsjshell.services.dynamodb.Attr;
import dev.awsjshell.services.dynamodb.Binary;
import dev.awsjshell.services.dynamodb.Condition;
import dev.awsjshell.services.dynamodb.Key;
import dev.awsjshell.services.dynamodb.TypeDeserializer;
import dev.awsjshell.services.dynamodb.TypeSerializer;
import static dev.awsjshell.services.dynamodb.Conditions.*;   // boto3's spelling: Key("year").eq(1985), Attr("state").eq("open")
import dev.awsjshell.services.s3.Progress;
import dev.awsjshell.services.s3.S3AwsClient;
import dev.awsjshell.services.s3.TransferConfig;
import dev.awsjshell.session.Credentials;
import dev.awsjshell.session.Session;
import dev.awsjshell.views.*;
import software.amazon.awssdk.services.s3.S3Client;
import java.time.*;                                            // Instant, Duration, ZonedDateTime: timestamps in responses and presigning
import java.nio.charset.StandardCharsets;

dev.awsjshell.shell.JavadocSources.install();   // Shift+Tab shows the toolkit's javadoc where JShell runs in this JVM
if (System.getenv("AWS_JSHELL_SANDBOX") != null) Aws.sandbox();
if (System.getenv("AWS_JSHELL_QUIET") == null) System.out.println(Aws.banner());
