package dev.awsjshell.services.dynamodb;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * boto3's {@code ConditionBase}: a condition on attributes, made by {@link Key} and {@link Attr} and combined with
 * {@link #and}, {@link #or} and {@link #not} (boto3's {@code &}, {@code |} and {@code ~}). The DynamoDB resource turns it
 * into an expression string with {@code #n0}/{@code :v0} placeholders, as boto3's resource does.
 */
public class Condition {
    private final String operator;
    private final String format;
    private final List<Object> values;
    private final boolean groupedValues;

    Condition(String operator, String format, boolean groupedValues, Object... values) {
        this.operator = operator;
        this.format = format;
        this.groupedValues = groupedValues;
        this.values = Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    public Condition and(Condition other) { return new Condition("AND", "({0} {operator} {1})", false, this, Objects.requireNonNull(other, "and(null)")); }

    public Condition or(Condition other) { return new Condition("OR", "({0} {operator} {1})", false, this, Objects.requireNonNull(other, "or(null)")); }

    public Condition not() { return new Condition("NOT", "({operator} {0})", false, this); }

    /** boto3's {@code get_expression()}: the operator ({@code "="}, {@code "begins_with"}, {@code "AND"}), the format and the values. */
    public String operator() { return operator; }
    public String format() { return format; }
    public List<Object> values() { return values; }
    boolean groupedValues() { return groupedValues; }

    /** Two conditions are equal when they are the same kind over equal values, as in boto3. */
    @Override public boolean equals(Object o) {
        return o instanceof Condition c && c.getClass() == getClass() && c.operator.equals(operator) && c.values.equals(values);
    }

    @Override public int hashCode() { return Objects.hash(operator, values); }

    @Override public String toString() {
        BuiltConditionExpression built = new ConditionExpressionBuilder().buildExpression(this, false);
        return "Condition(" + built.conditionExpression() + ", " + built.attributeNamePlaceholders() + ", " + built.attributeValuePlaceholders() + ")";
    }
}
