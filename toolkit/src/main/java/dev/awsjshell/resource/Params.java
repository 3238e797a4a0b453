package dev.awsjshell.resource;

import dev.awsjshell.resource.model.ResourceModel.Param;
import dev.awsjshell.resource.model.ResourceModel.Request;
import dev.awsjshell.response.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Request parameters filled from a resource as its model says (boto3's params.py), and values read by path. */
final class Params {
    private static final Pattern INDEXED = Pattern.compile("^(.*)\\[(.*)]$");

    private Params() {}

    /** The model's parameters for a request made on behalf of {@code resource}; {@code index} places {@code [*]} targets. */
    static Map<String, Object> forRequest(Request request, Resource resource, Map<String, Object> into, int index) {
        for (Param p : request.params()) {
            if (p.source().equals("input")) continue;
            set(into, p.target(), value(p, resource, null, null), index);
        }
        return into;
    }

    static Map<String, Object> forRequest(Request request, Resource resource) {
        return forRequest(request, resource, new LinkedHashMap<>(), 0);
    }

    /** A parameter's value: from the resource's identifiers or data, the request sent, the response, or a constant. */
    static Object value(Param p, Resource resource, Map<String, ?> requestParams, Object response) {
        return switch (p.source()) {
            case "identifier" -> resource.identifier(p.name());
            case "data" -> search(p.path(), resource.loadedData());
            case "request_parameter" -> search(p.path(), requestParams);
            case "response" -> search(p.path(), response);
            case "string", "integer", "boolean" -> p.value();
            default -> throw new IllegalStateException("no value for source " + p.source());
        };
    }

    /** Writes {@code value} at a target such as {@code Delete.Objects[*].Key} or {@code Filters[0].Values[0]}. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> params, String target, Object value, int index) {
        Map<String, Object> pos = params;
        String[] parts = target.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            Matcher m = INDEXED.matcher(parts[i]);
            if (!m.matches()) {
                if (last) {
                    pos.put(parts[i], value);
                } else {
                    pos = (Map<String, Object>) pos.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                }
                continue;
            }
            String name = m.group(1);
            Object existing = pos.get(name);
            List<Object> list = existing instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
            pos.put(name, list);
            int at = m.group(2).isEmpty() ? list.size() : m.group(2).equals("*") ? index : Integer.parseInt(m.group(2));
            while (list.size() <= at) list.add(new LinkedHashMap<String, Object>());
            if (last) {
                list.set(at, value);
            } else {
                pos = (Map<String, Object>) list.get(at);
            }
        }
    }

    /** Maps merged into a copy of {@code base}, lists appended, as boto3 merges a collection's filter. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, ?> extra) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        if (extra == null) return out;
        extra.forEach((k, v) -> {
            Object old = out.get(k);
            if (old instanceof Map<?, ?> a && v instanceof Map<?, ?> b) {
                out.put(k, merge((Map<String, Object>) a, (Map<String, ?>) b));
            } else if (old instanceof List<?> a && v instanceof List<?> b) {
                List<Object> both = new ArrayList<>(a);
                both.addAll(b);
                out.put(k, both);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A path into plain maps and lists ({@link Json#path}); {@code $} is the whole value. */
    static Object search(String path, Object value) {
        if (value == null) return null;
        return path.equals("$") ? value : Json.path(path, value);
    }
}
