package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ErrorTrace;
import dev.awsjshell.errors.ToolkitError;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.sandbox.Sandbox;
import dev.awsjshell.sandbox.SandboxQuirks;
import dev.awsjshell.session.Banner;
import dev.awsjshell.session.Session;

import software.amazon.awssdk.core.SdkClient;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The facade, as the {@code boto3} module is one: {@code Aws.client("s3")} goes through a default session made on
 * first use from the environment and the config files.
 */
public final class Aws {
    private static volatile Session defaultSession;
    private static Sandbox sandbox;

    private Aws() {}

    public static synchronized Session defaultSession() {
        if (defaultSession == null) defaultSession = Session.builder().build();
        return defaultSession;
    }

    /** boto3's {@code setup_default_session}: later {@code Aws.client(...)} calls use this session. */
    public static synchronized Session setupDefaultSession(Session session) {
        defaultSession = session;
        return session;
    }

    /** The map form: {@code Aws.setupDefaultSession(Map.of("profile_name", "dev", "region_name", "eu-west-1"))}. */
    public static Session setupDefaultSession(Map<String, ?> settings) { return setupDefaultSession(Session.of(settings)); }

    /**
     * A builder for a new session: profile, region, keys, Config, endpoint. While the default session is the
     * sandbox's, a new session is a sandbox session too (its endpoints, dummy keys), unless given an endpoint of its own.
     */
    public static Session.Builder session() {
        Session current = defaultSession;
        return current != null && current.isSandbox() ? Session.builder().sandboxUnlessEndpoint(current) : Session.builder();
    }

    /** boto3.session.Session(**kwargs): {@code Aws.session(Map.of("region_name", "eu-west-1"))}; in the sandbox, as {@link #session()}. */
    public static Session session(Map<String, ?> settings) { return session().settings(settings).build(); }

    /** boto3's {@code boto3.resource("s3")}: {@code S3Resource s3 = Aws.resource("s3");} or {@code var s3 = Aws.resource("s3");}. */
    public static <T extends ServiceResource> T resource(String serviceName) { return defaultSession().resource(serviceName); }

    public static <T extends ServiceResource> T resource(String serviceName, Config config) { return defaultSession().resource(serviceName, config); }

    /**
     * boto3's {@code boto3.client("sqs")}. A service with its own client class gives it:
     * {@code S3AwsClient s3 = Aws.client("s3");} ({@code var} gives the generic {@link AwsClient}).
     */
    public static <T extends AwsClient> T client(String serviceName) { return defaultSession().client(serviceName); }

    public static <T extends AwsClient> T client(String serviceName, Config config) { return defaultSession().client(serviceName, config); }

    /**
     * boto3's {@code boto3.client("s3", region_name=..., endpoint_url=..., config=..., verify=False, ...)}:
     * {@code Aws.client("s3", Map.of("region_name", "eu-west-1", "config", Map.of("retries", Map.of("max_attempts", 2))))}.
     */
    public static <T extends AwsClient> T client(String serviceName, Map<String, ?> keywords) { return defaultSession().client(serviceName, keywords); }

    /** The typed SDK client, configured by the default session: {@code S3Client s3 = Aws.client(S3Client.class)}. */
    public static <T extends SdkClient> T client(Class<T> clientInterface) { return defaultSession().client(clientInterface); }

    /**
     * Puts the default session on the local sandbox (S3, SQS, DynamoDB emulators on loopback): joins the one
     * {@code scripts/sandbox start} left running, or starts one that stops with this JVM. No request goes to AWS.
     * Returns the sandbox: {@code Aws.sandbox().reset()} empties it (buckets, queues, tables).
     */
    public static synchronized Sandbox sandbox() {
        if (sandbox == null) {
            String data = System.getenv("AWS_JSHELL_SANDBOX_DATA");
            sandbox = Sandbox.joinOrStart(data == null ? null : Path.of(data));
        }
        setupDefaultSession(Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build());
        return sandbox;
    }

    /** The sandbox the default session uses, if any. */
    public static Optional<Sandbox> currentSandbox() { return Optional.ofNullable(sandbox); }

    /** Shows every request as the SDK sends it (signed, secrets masked) and every raw response, until switched off. */
    public static void wire(boolean on) { WireLog.INSTANCE.enable(on); }

    /**
     * The last error the toolkit raised, with every frame and its whole cause chain (the SDK's exception included),
     * which the prompt leaves out; empty text when none was raised.
     */
    public static ErrorTrace lastError() {
        ToolkitError last = ToolkitError.last();
        return last == null ? new ErrorTrace(null, "(no error yet)\n") : last.fullTrace();
    }

    /** A first page: what to type first, how to ask for help on anything, where the notebooks are. */
    public static void help() { System.out.print(FirstPage.text()); }

    /** What the default session will use: region, profile, where the credentials came from (secret hidden), endpoint. */
    public static String banner() {
        try {
            return Banner.of(defaultSession());
        } catch (ToolkitError e) {
            // the environment names a profile that does not exist: JShell still starts, and says so
            return "aws-jshell: the default session cannot be made: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
