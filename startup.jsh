// aws-jshell: loaded by scripts/jshell, scripts/jshell FILE.jsh and the Jupyter kernel, after JShell's default imports.
import dev.awsjshell.*;
import dev.awsjshell.resource.*;
import dev.awsjshell.views.*;
import software.amazon.awssdk.services.s3.S3Client;

if (System.getenv("AWS_JSHELL_SANDBOX") != null) Aws.sandbox();
if (System.getenv("AWS_JSHELL_QUIET") == null) System.out.println(Aws.banner());
