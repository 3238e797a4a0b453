package dev.awsjshell.services.dynamodb;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.resource.ResourceCustomization;
import dev.awsjshell.response.AwsMap;

import java.util.List;
import java.util.Map;

/** boto3's {@code dynamodb/transform.py} for resources: plain values in and out, and the table's batch writer. */
public final class DynamoDbResourceCustomization implements ResourceCustomization {
    @Override public String service() { return "dynamodb"; }

    @Override public Map<String, List<Action>> actions() {
        return Map.of("Table", List.of(new Action("batch_writer", List.of(), new Arg("overwriteByPkeys", List.class, "java.util.List<String>"),
                BatchWriter.class, (r, a) -> new BatchWriter(r.meta().client(), r.meta().identifiers().get("name"), castList(a[0])))));
    }

    @Override public AwsMap call(AwsClient client, String operation, Map<String, Object> params) {
        return DynamoDbValues.call(client, operation, params);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) { return (List<String>) value; }

    @Override public String toString() { return "ResourceCustomization(" + service() + ")"; }
}
