package dev.awsjshell.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsjshell.AwsMap;
import io.burt.jmespath.Expression;
import io.burt.jmespath.jackson.JacksonRuntime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plain Java values to and from JSON trees, and JMESPath over them (compiled once per expression). */
public final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JacksonRuntime JMESPATH = new JacksonRuntime();
    private static final Map<String, Expression<JsonNode>> COMPILED = new ConcurrentHashMap<>();

    private Json() {}

    public static JsonNode search(String expression, Object value) {
        return COMPILED.computeIfAbsent(expression, JMESPATH::compile).search(toNode(value));
    }

    public static JsonNode toNode(Object value) {
        if (value == null) return NODES.nullNode();
        if (value instanceof JsonNode n) return n;
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toNode(v)));
            return o;
        }
        if (value instanceof Iterable<?> it) {
            ArrayNode a = NODES.arrayNode();
            it.forEach(v -> a.add(toNode(v)));
            return a;
        }
        if (value instanceof String s) return NODES.textNode(s);
        if (value instanceof Boolean b) return NODES.booleanNode(b);
        if (value instanceof Integer i) return NODES.numberNode(i);
        if (value instanceof Long l) return NODES.numberNode(l);
        if (value instanceof Double d) return NODES.numberNode(d);
        if (value instanceof Float f) return NODES.numberNode(f);
        if (value instanceof BigDecimal d) return NODES.numberNode(d);
        if (value instanceof BigInteger i) return NODES.numberNode(i);
        if (value instanceof Number n) return NODES.numberNode(n.doubleValue());
        if (value instanceof byte[] b) return NODES.textNode(Base64.getEncoder().encodeToString(b));
        if (value instanceof Instant t) return NODES.textNode(t.toString());
        return NODES.textNode(value.toString());
    }

    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), toJava(e.getValue()));
            }
            return new AwsMap(m);
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>();
            node.forEach(n -> l.add(toJava(n)));
            return Collections.unmodifiableList(l);
        }
        if (node.isTextual()) return node.asText();
        if (node.isBoolean()) return node.asBoolean();
        if (node.isInt()) return node.asInt();
        if (node.isLong()) return node.asLong();
        if (node.isIntegralNumber()) return node.bigIntegerValue();
        if (node.isNumber()) return node.asDouble();
        return node.asText();
    }
}
