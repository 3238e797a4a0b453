package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.response.AwsMap;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What boto3 writes by hand for one service's resources (its {@code s3/inject.py}, {@code dynamodb/transform.py}):
 * loads where the model has none, extra actions, and a transform of the calls made on the resources' behalf. Found
 * with {@link java.util.ServiceLoader} (listed in {@code META-INF/services}), so the engine names no service.
 */
public interface ResourceCustomization {
    /** boto3's service name: {@code s3}. */
    String service();

    /** Loads by resource type, for types whose model has none (S3's Bucket). */
    default Map<String, Function<Resource, AwsMap>> loads() { return Map.of(); }

    /** Hand-written actions by resource type (S3's upload_file on Bucket and Object). */
    default Map<String, List<Action>> actions() { return Map.of(); }

    /** A call made on a resource's behalf (DynamoDB's item operations take and give plain values). */
    default AwsMap call(AwsClient client, String operation, Map<String, Object> params) { return client.call(operation, params); }

    /**
     * A hand-written action: boto3's name, its parameters, an optional last argument, what it returns, and what it does
     * with the arguments (the optional one is null when not given). The view generator adds it to the typed views.
     */
    record Action(String name, List<Arg> params, Arg optional, Class<?> returns, BiFunction<Resource, Object[], Object> body) {}

    /** A parameter: its Java name, its class, and the type a typed view declares. */
    record Arg(String name, Class<?> type, String javaType) {
        public static Arg string(String name) { return new Arg(name, String.class, "String"); }
    }
}
