package dev.awsjshell.client;

import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.WaiterError;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.shape.RequestMarshaller;
import dev.awsjshell.shape.Responses;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * botocore's waiter: polls until the resource reaches the awaited state, on the SDK's generated waiter.
 * {@code wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("Delay", 1, "MaxAttempts", 10)))}.
 */
public final class Waiter {
    private final AwsClient client;
    private final String name;
    private final Method method;

    Waiter(AwsClient client, String name, Method method) {
        this.client = client;
        this.name = name;
        this.method = method;
    }

    public String name() { return name; }

    /** Waits, or raises {@link WaiterError} with the last response when the waiter fails or gives up. */
    public void wait(Map<String, ?> params) {
        Map<String, Object> fields = new LinkedHashMap<>(client.beforeParameterBuild(name, params == null ? Map.of() : params));
        Object waiterConfig = fields.remove("WaiterConfig");
        List<String> problems = new ArrayList<>();
        WaiterOverrideConfiguration override = override(waiterConfig, problems);
        Object request = RequestMarshaller.toRequest(method.getParameterTypes()[0], fields, problems);
        if (!problems.isEmpty()) throw new ParamValidationError("waiter " + name, problems);
        client.recorder().clear();
        try {
            method.invoke(client.sdkWaiters(), request, override);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AwsServiceException service) throw new WaiterError(name, "an error that the waiter does not expect: " + service.getMessage(), lastResponse(), cause);
            if (cause instanceof SdkClientException sdk) throw new WaiterError(name, sdk.getMessage(), lastResponse(), cause);
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private AwsMap lastResponse() {
        Object last = client.recorder().last();
        if (last instanceof AwsServiceException e) return Responses.errorResponse(e, 0);
        if (last instanceof SdkResponse r) return Responses.toMap(r, 0);
        return new AwsMap(Map.of());
    }

    private static WaiterOverrideConfiguration override(Object waiterConfig, List<String> problems) {
        WaiterOverrideConfiguration.Builder b = WaiterOverrideConfiguration.builder();
        if (waiterConfig == null) return b.build();
        if (!(waiterConfig instanceof Map<?, ?> m)) {
            problems.add("Invalid type for WaiterConfig, value: " + RequestMarshaller.show(waiterConfig) + ", valid types: a Map with Delay and/or MaxAttempts");
            return b.build();
        }
        m.forEach((k, v) -> {
            if (!"Delay".equals(k) && !"MaxAttempts".equals(k)) {
                problems.add("Unknown key in WaiterConfig: \"" + k + "\", must be one of: Delay, MaxAttempts");
            } else if ("Delay".equals(k)) {
                if (v instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0 && n.doubleValue() <= 86_400) {
                    b.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(Math.round(n.doubleValue() * 1000))));
                } else {
                    problems.add("Invalid value for WaiterConfig.Delay, value: " + RequestMarshaller.show(v) + ", valid: a number of seconds from 0 to 86400");
                }
            } else if ((v instanceof Integer || v instanceof Long || v instanceof Short) && ((Number) v).longValue() >= 1 && ((Number) v).longValue() <= Integer.MAX_VALUE) {
                b.maxAttempts(((Number) v).intValue());
            } else {
                problems.add("Invalid value for WaiterConfig.MaxAttempts, value: " + RequestMarshaller.show(v) + ", valid: a whole number of at least 1");
            }
        });
        return b.build();
    }

    @Override public String toString() { return "Waiter(" + client.serviceName() + "." + name + ")"; }
}
