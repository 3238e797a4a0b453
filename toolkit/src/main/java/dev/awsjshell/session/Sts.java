package dev.awsjshell.session;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ToolkitError;
import dev.awsjshell.shape.Responses;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** STS's and SSO's refusals as boto3 raises them: a ClientError with the service's code (AccessDenied, ...). */
final class Sts {
    private Sts() {}

    static ClientError clientError(String operation, AwsServiceException e) {
        return new ClientError(operation, Responses.errorResponse(e, 0), e);
    }

    static AwsCredentialsProvider translating(String operation, AwsCredentialsProvider provider) {
        return new AwsCredentialsProvider() {
            @Override public AwsCredentials resolveCredentials() {
                try {
                    return provider.resolveCredentials();
                } catch (RuntimeException e) {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        if (t instanceof ToolkitError own) throw own;
                        if (t instanceof AwsServiceException service) throw clientError(operation, service);
                    }
                    throw e;
                }
            }

            @Override public String toString() { return operation; }
        };
    }
}
