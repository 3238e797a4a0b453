package dev.awsjshell.services.dynamodb;

/** boto3's {@code Size}: {@code size(name)} of an attribute, compared as an attribute is: {@code Attr("tags").size().gt(2)}. */
public final class Size extends AttributeBase {
    private final Attr of;

    Size(Attr of) {
        super(of.name());
        this.of = of;
    }

    Condition asCondition() { return new Condition("size", "{operator}({0})", false, of); }

    @Override public boolean equals(Object o) { return o instanceof Size s && s.of.equals(of); }

    @Override public int hashCode() { return of.hashCode() * 31; }

    @Override public String toString() { return "Size(" + of + ")"; }
}
