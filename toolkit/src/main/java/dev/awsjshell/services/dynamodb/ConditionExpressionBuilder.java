package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.DynamoDBNeedsKeyConditionError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * boto3's {@code ConditionExpressionBuilder}: a condition to an expression string whose names are {@code #n0, #n1, ...}
 * (each part of a path {@code info.rating} is one name; an index {@code [0]} is kept) and values {@code :v0, :v1, ...}.
 * The counters run on across calls until {@link #reset()}, so several expressions of one request never share a placeholder.
 */
public final class ConditionExpressionBuilder {
    /** boto3's ATTR_NAME_REGEX: the parts of a path, outside brackets. */
    private static final Pattern ATTR_NAME = Pattern.compile("[^.\\[\\]]+(?![^\\[]*])");
    private int nameCount;
    private int valueCount;

    @Override public String toString() { return "ConditionExpressionBuilder(next placeholders #n" + nameCount + ", :v" + valueCount + ")"; }

    public void reset() {
        nameCount = 0;
        valueCount = 0;
    }

    public BuiltConditionExpression buildExpression(Condition condition, boolean isKeyCondition) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        String expression = build(condition, names, values, isKeyCondition);
        return new BuiltConditionExpression(expression, Collections.unmodifiableMap(names), Collections.unmodifiableMap(values));
    }

    private String build(Condition condition, Map<String, String> names, Map<String, Object> values, boolean isKeyCondition) {
        List<String> replaced = new ArrayList<>();
        for (Object value : condition.values()) replaced.add(component(value, names, values, condition.groupedValues(), isKeyCondition));
        String out = condition.format().replace("{operator}", condition.operator());
        for (int i = 0; i < replaced.size(); i++) out = out.replace("{" + i + "}", replaced.get(i));
        return out;
    }

    private String component(Object value, Map<String, String> names, Map<String, Object> values, boolean grouped, boolean isKeyCondition) {
        if (value instanceof Condition c) return build(c, names, values, isKeyCondition);
        if (value instanceof Size s) return build(s.asCondition(), names, values, isKeyCondition);
        if (value instanceof AttributeBase a) {
            if (isKeyCondition && !(a instanceof Key)) {
                throw new DynamoDBNeedsKeyConditionError("Attribute object " + a.name() + " is of type " + a.getClass().getSimpleName()
                        + ". KeyConditionExpression only supports Attribute objects of type Key");
            }
            return namePlaceholder(a.name(), names);
        }
        if (grouped) {
            List<String> placeholders = new ArrayList<>();
            for (Object v : (Collection<?>) value) placeholders.add(valuePlaceholder(v, values));
            return "(" + String.join(", ", placeholders) + ")";
        }
        return valuePlaceholder(value, values);
    }

    private String namePlaceholder(String attributeName, Map<String, String> names) {
        Matcher m = ATTR_NAME.matcher(attributeName);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String placeholder = "#n" + nameCount++;
            names.put(placeholder, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String valuePlaceholder(Object value, Map<String, Object> values) {
        String placeholder = ":v" + valueCount++;
        values.put(placeholder, value);
        return placeholder;
    }
}
