package dev.awsjshell.sandbox;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.Map;

/** The raw SDK v2 clients on a sandbox's endpoints, as a user without the toolkit's facade would build them. */
final class SdkClients {
    private SdkClients() {}

    static StaticCredentialsProvider dummyCredentials(String accessKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "sandbox-secret"));
    }

    static S3Client s3(Map<String, URI> endpoints) {
        return S3Client.builder().endpointOverride(endpoints.get("s3")).region(Region.US_EAST_1)
                .credentialsProvider(dummyCredentials("sandbox")).forcePathStyle(true).build();
    }

    static SqsClient sqs(Map<String, URI> endpoints) {
        return SqsClient.builder().endpointOverride(endpoints.get("sqs")).region(Region.US_EAST_1)
                .credentialsProvider(dummyCredentials("sandbox")).build();
    }

    static DynamoDbClient dynamodb(Map<String, URI> endpoints, String accessKey) {
        return DynamoDbClient.builder().endpointOverride(endpoints.get("dynamodb")).region(Region.US_EAST_1)
                .credentialsProvider(dummyCredentials(accessKey)).build();
    }
}
