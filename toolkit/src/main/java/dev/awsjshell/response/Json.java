package dev.awsjshell.response;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON trees to plain Java values, and JMESPath over plain values (compiled once per expression). */
public final class Json {

    private Json() {}

    /** JMESPath over plain values, as boto3's jmespath answers ({@link JmesPath}). */
    public static Object search(String expression, Object value) {
        return JmesPath.search(expression, value);
    }

    private static final Pattern SIMPLE_PATH = Pattern.compile("[A-Za-z0-9_]+(\\[(-?[0-9]+)?])?(\\.[A-Za-z0-9_]+(\\[(-?[0-9]+)?])?)*");

    /**
     * JMESPath over plain maps and lists, to a plain value. The shapes read on every page of a listing (a paginator's
     * tokens {@code NextMarker || Contents[-1].Key}, {@code IsTruncated}; a collection's {@code Contents[].Key},
     * {@code Reservations[].Instances[]}) are walked directly: JMESPath would first copy the whole page into a tree.
     * Anything else goes to JMESPath.
     */
    public static Object path(String expression, Object value) {
        if (expression.contains("||")) {
            String[] alternatives = expression.split("\\|\\|");
            boolean simple = true;
            for (String a : alternatives) simple &= SIMPLE_PATH.matcher(a.strip()).matches();
            if (simple) {
                Object v = null;
                for (String a : alternatives) if (truthy(v = walk(a.strip(), value))) return v;
                return v;
            }
        } else if (SIMPLE_PATH.matcher(expression).matches()) {
            return walk(expression, value);
        }
        return search(expression, value);
    }

    private static Object walk(String path, Object value) {
        Object current = value;
        boolean projecting = false;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            String index = bracket < 0 ? null : part.substring(bracket + 1, part.length() - 1);
            if (projecting) {
                List<Object> out = new ArrayList<>();
                for (Object item : (List<?>) current) {
                    Object v = step(item, key, index);
                    if (v == null) continue;
                    if ("".equals(index) && v instanceof List<?> l) out.addAll(l); else out.add(v);
                }
                current = out;
            } else {
                current = step(current, key, index);
            }
            if (current == null) return null;
            projecting |= "".equals(index);
        }
        return current;
    }

    /** A key, then a flatten ({@code ""}), an index ({@code "-1"}) or nothing ({@code null}). */
    private static Object step(Object value, String key, String index) {
        Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
        if (index == null) return v;
        if (!(v instanceof List<?> l)) return null;
        if (index.isEmpty()) return l;
        int i = Integer.parseInt(index);
        if (i < 0) i += l.size();
        return i >= 0 && i < l.size() ? l.get(i) : null;
    }

    /** JMESPath's truth: not null, false, or an empty string, list or map. */
    private static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v) && !"".equals(v)
                && !(v instanceof java.util.Collection<?> c && c.isEmpty()) && !(v instanceof Map<?, ?> m && m.isEmpty());
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
        if (node.isBigDecimal()) return node.decimalValue();
        if (node.isNumber()) return node.asDouble();
        return node.asText();
    }

    /** A string as Python's {@code json.dumps} writes it (ensure_ascii): what boto3 signs and jmespath's to_string gives. */
    public static void pythonQuote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
