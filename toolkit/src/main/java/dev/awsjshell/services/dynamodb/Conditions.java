package dev.awsjshell.services.dynamodb;

/**
 * boto3's spelling, {@code Key("year").eq(1985)} and {@code Attr("state").eq("open")}, through a static import
 * ({@code startup.jsh} has it): {@code import static dev.awsjshell.services.dynamodb.Conditions.*;}.
 */
public final class Conditions {
    private Conditions() {}

    @SuppressWarnings("MethodName")
    public static Key Key(String name) { return new Key(name); }

    @SuppressWarnings("MethodName")
    public static Attr Attr(String name) { return new Attr(name); }
}
