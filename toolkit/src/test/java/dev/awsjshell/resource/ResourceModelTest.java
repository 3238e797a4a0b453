package dev.awsjshell.resource;

import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.model.ServiceModel;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.Request;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.response.Json;
import dev.awsjshell.shape.MemberIndex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource model loads and names only operations and waiters that our clients have; the parameter paths work. */
class ResourceModelTest {
    static List<String> services() { return ResourceModel.SERVICES; }

    @ParameterizedTest
    @MethodSource("services")
    void everyModelNamesOperationsAndWaitersTheClientHas(String service) {
        ResourceModel model = ResourceModel.of(service);
        ServiceModel client = ServiceCatalog.model(service);
        List<String> missing = new ArrayList<>();
        model.resources().forEach((typeName, type) -> {
            List<Request> requests = new ArrayList<>();
            if (type.load() != null) requests.add(type.load().request());
            for (Action a : type.actions()) requests.add(a.request());
            for (Action a : type.batchActions()) requests.add(a.request());
            type.collections().forEach(c -> requests.add(c.request()));
            for (Request r : requests) if (!client.operations().containsKey(r.operation())) missing.add(typeName + ": " + r.operation());
            type.waiters().forEach(w -> { if (!client.waiters().containsKey(w.waiter())) missing.add(typeName + ": waiter " + w.waiter()); });
        });
        // S3's old lifecycle calls are deprecated and gone from SDK v2: boto3's BucketLifecycle is there, and its
        // load and actions raise UnknownOperationError, naming get_bucket_lifecycle_configuration, before sending.
        missing.removeAll(List.of("BucketLifecycle: get_bucket_lifecycle", "BucketLifecycle: put_bucket_lifecycle"));
        assertThat(missing).isEmpty();
        assertThat(model.serviceResource()).isNotNull();
        assertThat(model.problems()).isEmpty();
    }

    /** An attribute reads its member from data the SDK parsed, so the member must be a boto3 name our conversion gives. */
    @ParameterizedTest
    @MethodSource("services")
    void everyAttributeIsAMemberOfTheSdkShape(String service) {
        ResourceModel model = ResourceModel.of(service);
        String modelPackage = "software.amazon.awssdk.services." + ServiceCatalog.model(service).sdkPackage() + ".model.";
        List<String> missing = new ArrayList<>();
        model.resources().forEach((typeName, type) -> {
            if (type.shape() == null || typeName.equals("BucketLifecycle")) return; // its operations are gone from SDK v2: see above
            Class<?> shape = sdkClass(modelPackage, type.shape(), model.javaPrefix());
            if (shape == null && type.load() != null && type.load().path().equals("$")) {
                shape = ServiceCatalog.model(service).operation(type.load().request().operation()).method().getReturnType();
            }
            if (shape == null) {
                missing.add(typeName + ": no SDK class for shape " + type.shape());
                return;
            }
            Map<String, ?> fields = MemberIndex.fields(shape);
            type.attributes().forEach(a -> { if (!fields.containsKey(a.member())) missing.add(typeName + "." + a.member()); });
        });
        assertThat(missing).isEmpty();
    }

    /**
     * The SDK's class for a botocore shape: the same name, or prefixed where it is a Java type's (S3's {@code Object} is
     * {@code S3Object}), or an output renamed ({@code GetBucketAclOutput} is {@code GetBucketAclResponse}).
     */
    private static Class<?> sdkClass(String modelPackage, String shape, String prefix) {
        String response = shape.replaceAll("(Output|Result)$", "Response").replace("SAML", "Saml");
        for (String name : List.of(shape, prefix + shape, prefix.toUpperCase() + shape, response, "Create" + shape + "Response")) {
            try {
                return Class.forName(modelPackage + name);
            } catch (ClassNotFoundException e) {
                // try the next spelling
            }
        }
        return null;
    }

    @Test
    void targetsAreWrittenAsBoto3WritesThem() {
        Map<String, Object> params = new LinkedHashMap<>();
        Params.set(params, "Bucket", "b", 0);
        Params.set(params, "Delete.Objects[*].Key", "k0", 0);
        Params.set(params, "Delete.Objects[*].Key", "k1", 1);
        Params.set(params, "Filters[0].Name", "vpc-id", 0);
        Params.set(params, "Filters[0].Values[0]", "vpc-1", 0);
        Params.set(params, "InstanceIds[]", "i-1", 0);
        Params.set(params, "InstanceIds[]", "i-2", 0);
        assertThat(params).isEqualTo(Map.of(
                "Bucket", "b",
                "Delete", Map.of("Objects", List.of(Map.of("Key", "k0"), Map.of("Key", "k1"))),
                "Filters", List.of(Map.of("Name", "vpc-id", "Values", List.of("vpc-1"))),
                "InstanceIds", List.of("i-1", "i-2")));
    }

    @Test
    void theDirectPathWalkAgreesWithJmesPath() {
        Map<String, Object> response = Map.of(
                "Contents", List.of(Map.of("Key", "a", "Size", 1), Map.of("Key", "b", "Size", 2), Map.of("Size", 3)),
                "Reservations", List.of(Map.of("Instances", List.of(Map.of("InstanceId", "i-1"), Map.of("InstanceId", "i-2"))),
                        Map.of("Instances", List.of(Map.of("InstanceId", "i-3")))),
                "Policy", Map.of("Arn", "arn:x"), "Empty", "", "IsTruncated", true);
        for (String path : List.of("Contents[]", "Contents[].Key", "Reservations[].Instances[]", "Reservations[].Instances[].InstanceId",
                "Policy", "Policy.Arn", "Missing", "Missing[].Key", "Contents[0].Key", "Contents[-1].Size", "Contents[5].Key",
                "Reservations[].Instances[0].InstanceId", "IsTruncated", "Empty || Policy.Arn", "Missing || Contents[-1].Key",
                "Missing || Contents[-2].Key", "Policy.Arn || Contents[0].Key", "length(Contents)")) {
            assertThat(Params.search(path, response)).as(path).isEqualTo(Json.search(path, response));
        }
        assertThat(Params.search("$", response)).isSameAs(response);
        // walked, not copied through a JSON tree: the listing's own objects come back
        List<?> contents = (List<?>) response.get("Contents");
        assertThat(Json.path("Contents[]", response)).isSameAs(contents);
        assertThat(Json.path("Contents[-1]", response)).isSameAs(contents.get(2));
        assertThat(Json.path("Missing || Policy", response)).isSameAs(response.get("Policy"));
        assertThat(Json.path("Contents[].Key", response)).isEqualTo(List.of("a", "b"));
    }
}
