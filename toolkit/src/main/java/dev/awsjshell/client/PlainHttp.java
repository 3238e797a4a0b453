package dev.awsjshell.client;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

import java.util.concurrent.CompletableFuture;

/**
 * boto3's {@code use_ssl=False}: AWS's own endpoint, as the SDK resolved and signed it, sent over plain HTTP. The
 * scheme is not signed, so it is changed last, in the HTTP client.
 */
final class PlainHttp {
    private PlainHttp() {}

    static SdkHttpRequest plain(SdkHttpRequest request) {
        if (!request.protocol().equals("https")) return request;
        return request.toBuilder().protocol("http").port(request.port() == 443 ? 80 : request.port()).build();
    }

    static SdkHttpClient sync(SdkHttpClient client) {
        return new SdkHttpClient() {
            @Override public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                return client.prepareRequest(HttpExecuteRequest.builder().request(plain(request.httpRequest()))
                        .contentStreamProvider(request.contentStreamProvider().orElse(null)).metricCollector(request.metricCollector().orElse(null)).build());
            }

            @Override public String clientName() { return client.clientName(); }

            @Override public void close() { client.close(); }
        };
    }

    static SdkAsyncHttpClient async(SdkAsyncHttpClient client) {
        return new SdkAsyncHttpClient() {
            @Override public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
                return client.execute(AsyncExecuteRequest.builder().request(plain(request.request())).requestContentPublisher(request.requestContentPublisher())
                        .responseHandler(request.responseHandler()).metricCollector(request.metricCollector().orElse(null)).fullDuplex(request.fullDuplex())
                        .httpExecutionAttributes(request.httpExecutionAttributes()).build());
            }

            @Override public String clientName() { return client.clientName(); }

            @Override public void close() { client.close(); }
        };
    }
}
