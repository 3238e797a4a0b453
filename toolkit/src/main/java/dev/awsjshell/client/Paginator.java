package dev.awsjshell.client;

import dev.awsjshell.model.PaginatorModel;
import dev.awsjshell.response.AwsMap;

import java.util.Map;
import java.util.function.Function;

/**
 * botocore's paginator: {@code getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b",
 * "PaginationConfig", Map.of("MaxItems", 100, "PageSize", 10)))} is a lazy iterable of pages.
 */
public final class Paginator {
    private final String operation;
    private final PaginatorModel model;
    private final Function<Map<String, Object>, AwsMap> call;

    public Paginator(String operation, PaginatorModel model, Function<Map<String, Object>, AwsMap> call) {
        this.operation = operation;
        this.model = model;
        this.call = call;
    }

    public PageIterable paginate() { return paginate(Map.of()); }

    /** Nothing is sent until the pages are iterated. */
    public PageIterable paginate(Map<String, ?> params) { return new PageIterable(operation, model, call, params); }

    @Override public String toString() { return "Paginator(" + operation + ")"; }
}
