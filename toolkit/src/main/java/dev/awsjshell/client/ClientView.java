package dev.awsjshell.client;

import dev.awsjshell.response.AwsMap;

import java.util.List;
import java.util.Map;

/**
 * The base of the typed client views ({@code dev.awsjshell.views.S3Api}, ...), which the build generates with one
 * method per operation under boto3's name in Java's camelCase, so that Tab completes every operation. Each method
 * calls the {@link AwsClient} underneath by boto3's name; everything else is the client's.
 */
public abstract class ClientView {
    private final AwsClient client;

    protected ClientView(AwsClient client) { this.client = client; }

    /** The dynamic client underneath: {@code call}, {@code meta()}, {@code sdk()}, the S3 transfers on S3's. */
    @SuppressWarnings("unchecked")
    public <T extends AwsClient> T client() { return (T) client; }

    /** The dynamic form, for an operation by boto3's name: {@code call("list_objects_v2", Map.of("Bucket", "b"))}. */
    public AwsMap call(String operation, Map<String, ?> params) { return client.call(operation, params); }

    public Doc doc(String operation) { return client.doc(operation); }

    /** boto3's {@code help(client.put_object)}: {@code help("put_object")}. */
    public void help(String operation) { client.help(operation); }

    public void help() { client.help(); }

    public List<String> operations() { return client.operations(); }

    public Paginator getPaginator(String operation) { return client.getPaginator(operation); }

    public Waiter getWaiter(String name) { return client.getWaiter(name); }

    public List<String> waiterNames() { return client.waiterNames(); }

    public ClientMeta meta() { return client.meta(); }

    @Override public String toString() { return client.toString(); }
}
