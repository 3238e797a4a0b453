package dev.awsjshell.services.dynamodb;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * boto3's {@code Attr}: an item attribute in a {@code FilterExpression} or {@code ConditionExpression}:
 * {@code Attr("info.rating").gt(8).and(Attr("state").isIn(List.of("done", "open")))}.
 */
public final class Attr extends AttributeBase {
    public Attr(String name) { super(name); }

    public static Attr of(String name) { return new Attr(name); }

    /** {@code <> value}. */
    public Condition ne(Object value) { return comparison("<>", value); }

    /** boto3's {@code is_in}: {@code IN (:v0, :v1, ...)}. */
    public Condition isIn(Collection<?> values) { return new Condition("IN", "{0} {operator} {1}", true, this, List.copyOf(values)); }

    public Condition isIn(Object... values) { return isIn(Arrays.asList(values)); }

    /** boto3's {@code exists}: {@code attribute_exists(name)}. */
    public Condition exists() { return new Condition("attribute_exists", "{operator}({0})", false, this); }

    /** boto3's {@code not_exists}: {@code attribute_not_exists(name)}. */
    public Condition notExists() { return new Condition("attribute_not_exists", "{operator}({0})", false, this); }

    /** {@code contains(name, value)}: a substring, or a member of a set or list. */
    public Condition contains(Object value) { return new Condition("contains", "{operator}({0}, {1})", false, this, value); }

    /** boto3's {@code attribute_type}: {@code attributeType("S")}, {@code "N"}, {@code "SS"}, {@code "M"}, ... */
    public Condition attributeType(String type) { return new Condition("attribute_type", "{operator}({0}, {1})", false, this, type); }

    /** {@code size(name)}, to compare: {@code Attr("tags").size().gt(2)}. */
    public Size size() { return new Size(this); }
}
