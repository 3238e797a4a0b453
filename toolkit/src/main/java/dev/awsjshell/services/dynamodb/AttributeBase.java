package dev.awsjshell.services.dynamodb;

import java.util.Objects;

/** boto3's {@code AttributeBase}: a named attribute ({@code "year"}, {@code "info.rating"}, {@code "tags[0]"}) and the comparisons every attribute has. */
public abstract class AttributeBase {
    private final String name;

    AttributeBase(String name) {
        this.name = Objects.requireNonNull(name, "an attribute name");
    }

    public String name() { return name; }

    /** {@code = value}; the value may be another attribute ({@code Attr("a").eq(Attr("b"))}). */
    public Condition eq(Object value) { return comparison("=", value); }
    public Condition lt(Object value) { return comparison("<", value); }
    public Condition lte(Object value) { return comparison("<=", value); }
    public Condition gt(Object value) { return comparison(">", value); }
    public Condition gte(Object value) { return comparison(">=", value); }

    /** boto3's {@code begins_with}. */
    public Condition beginsWith(Object value) { return new Condition("begins_with", "{operator}({0}, {1})", false, this, value); }

    /** {@code BETWEEN low AND high}, both included. */
    public Condition between(Object low, Object high) { return new Condition("BETWEEN", "{0} {operator} {1} AND {2}", false, this, low, high); }

    final Condition comparison(String operator, Object value) { return new Condition(operator, "{0} {operator} {1}", false, this, value); }

    @Override public boolean equals(Object o) { return o != null && o.getClass() == getClass() && ((AttributeBase) o).name.equals(name); }

    @Override public int hashCode() { return name.hashCode(); }

    @Override public String toString() { return getClass().getSimpleName() + "(" + name + ")"; }
}
