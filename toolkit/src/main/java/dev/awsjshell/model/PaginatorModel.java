package dev.awsjshell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** One paginated operation, from data/paginators/ (botocore's facts, written by scripts/dev/gen-data.py). */
public record PaginatorModel(String operation, List<String> inputTokens, List<String> outputTokens, String limitKey,
                             String moreResults, List<String> resultKeys, List<String> nonAggregateKeys) {
    private static final Map<String, Map<String, PaginatorModel>> BY_SERVICE = new ConcurrentHashMap<>();

    /** The paginated operations of a service by boto3's snake_case names; empty when it has none. */
    public static Map<String, PaginatorModel> forService(String boto3Service) {
        return BY_SERVICE.computeIfAbsent(boto3Service, PaginatorModel::load);
    }

    private static Map<String, PaginatorModel> load(String service) {
        try (InputStream in = PaginatorModel.class.getResourceAsStream("/dev/awsjshell/data/paginators/" + service + ".json")) {
            if (in == null) return Map.of();
            Map<String, PaginatorModel> models = new TreeMap<>();
            new ObjectMapper().readTree(in).fields().forEachRemaining(e -> {
                JsonNode n = e.getValue();
                models.put(e.getKey(), new PaginatorModel(n.path("operation").asText(), strings(n.path("input_token")),
                        strings(n.path("output_token")), n.path("limit_key").asText(null), n.path("more_results").asText(null),
                        strings(n.path("result_key")), strings(n.path("non_aggregate_keys"))));
            });
            return Collections.unmodifiableMap(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }
}
