package dev.awsjshell.services.dynamodb;

/**
 * boto3's {@code Key}: a key attribute in a {@code KeyConditionExpression}:
 * {@code Key("year").eq(1985).and(Key("title").beginsWith("A"))}. Only the comparisons DynamoDB allows on keys
 * ({@code eq}, {@code lt}, {@code lte}, {@code gt}, {@code gte}, {@code beginsWith}, {@code between}).
 */
public final class Key extends AttributeBase {
    public Key(String name) { super(name); }

    public static Key of(String name) { return new Key(name); }
}
