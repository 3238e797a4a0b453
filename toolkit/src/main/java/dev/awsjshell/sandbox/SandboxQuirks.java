package dev.awsjshell.sandbox;

import dev.awsjshell.client.EndpointQuirks;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.util.List;

/** What the sandbox's emulators need that AWS does not: every client of a sandbox session gets it. */
public final class SandboxQuirks implements EndpointQuirks {
    public static final SandboxQuirks INSTANCE = new SandboxQuirks();

    /**
     * S3Proxy cannot serve one part of a multipart object, which is how the transfer manager downloads, so in the
     * sandbox a file of known size is uploaded in one request (S3's limit for one is 5 GiB). A stream of unknown
     * length over a part (upload_fileobj, 8 MiB) is still uploaded in parts: read it back with get_object.
     */
    private static final long S3PROXY_MULTIPART_THRESHOLD = 5L * 1024 * 1024 * 1024;

    /**
     * S3Proxy also answers 501 to a header it does not know: the SDK's x-amz-mp-object-size, an optional check that
     * it sends when it completes an upload of unknown length.
     */
    private static final ExecutionInterceptor WITHOUT_OBJECT_SIZE = new ExecutionInterceptor() {
        @Override public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            SdkHttpRequest request = context.httpRequest();
            return request.firstMatchingHeader("x-amz-mp-object-size").isPresent() ? request.toBuilder().removeHeader("x-amz-mp-object-size").build() : request;
        }
    };

    /**
     * An emulator's answer that it lacks an operation (S3Proxy has no bucket policy, CORS or tagging; dynalite has no transactions,
     * PartiQL, TTL updates or backups) says that the sandbox lacks the operation and AWS has it, rather than the
     * emulator's own words about headers, or dynalite's {@code UnknownOperationException} with no message at all: the
     * SDK only sends operations that AWS has, so an unknown one is the emulator's gap.
     */
    private static final ExecutionInterceptor NOT_IN_SANDBOX = new ExecutionInterceptor() {
        @Override public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
            if (!(context.exception() instanceof AwsServiceException e) || e.awsErrorDetails() == null
                    || (e.statusCode() != 501 && !"NotImplemented".equals(e.awsErrorDetails().errorCode())
                        && !"UnknownOperationException".equals(e.awsErrorDetails().errorCode()))) {
                return context.exception();
            }
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            String said = e.awsErrorDetails().errorMessage();
            String message = "The sandbox's " + ("DynamoDb".equals(service) ? "DynamoDB" : service) + " emulator does not implement " + operation
                    + "; AWS does. Try it on AWS, or on another emulator through AWS_ENDPOINT_URL. (The emulator said: "
                    + (said == null || said.isBlank() ? e.awsErrorDetails().errorCode() : said) + ")";
            return e.toBuilder().message(message).awsErrorDetails(e.awsErrorDetails().toBuilder().errorMessage(message).build()).build();
        }
    };

    private SandboxQuirks() {}

    @Override public List<ExecutionInterceptor> interceptors(String service) {
        return service.equals("s3") ? List.of(WITHOUT_OBJECT_SIZE, NOT_IN_SANDBOX) : List.of(NOT_IN_SANDBOX);
    }

    @Override public Long multipartThreshold(String service) { return service.equals("s3") ? S3PROXY_MULTIPART_THRESHOLD : null; }
}
