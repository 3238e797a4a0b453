package dev.awsjshell.client;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Keeps an error response's body in the SDK's exception ({@code AwsErrorDetails.rawResponse}), which the SDK's XML
 * protocols leave empty: botocore's error dict has every field the service sent (S3's BucketName, Key, ...), and
 * those the SDK does not model are only in the body.
 */
final class ErrorBodies implements ExecutionInterceptor {
    static final ErrorBodies INSTANCE = new ErrorBodies();
    private static final ExecutionAttribute<byte[]> BODY = new ExecutionAttribute<>(ExecutionAttributeNames.unique("aws-jshell.error-body"));

    @Override public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> content = context.responseBody();
        if (context.httpResponse().isSuccessful() || content.isEmpty()) return content;
        try (InputStream in = content.get()) {
            byte[] body = in.readAllBytes();
            attributes.putAttribute(BODY, body);
            return Optional.of(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        byte[] body = attributes.getAttribute(BODY);
        if (body == null || !(context.exception() instanceof AwsServiceException e) || e.awsErrorDetails() == null
                || e.awsErrorDetails().rawResponse() != null) {
            return context.exception();
        }
        AwsErrorDetails details = e.awsErrorDetails().toBuilder().rawResponse(SdkBytes.fromByteArray(body)).build();
        return e.toBuilder().awsErrorDetails(details).build();
    }
}
