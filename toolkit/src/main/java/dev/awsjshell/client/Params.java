package dev.awsjshell.client;

import dev.awsjshell.errors.ParamValidationError;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request parameters written as boto3's keyword arguments, without {@code Map.of}'s limits: any number of pairs, in
 * order, and {@code null} values (DynamoDB's {@code None} in an item).
 * <pre>{@code
 * s3.call("put_object", Params.of("Bucket", b, "Key", k, "Body", "hi", "ContentType", "text/plain", ...));
 * table.putItem(Params.of("Item", Params.of("id", "1", "nickname", null)));
 * }</pre>
 * A call leaves out a parameter whose value is null; in a DynamoDB resource's item, null is the NULL type.
 */
public final class Params {
    private Params() {}

    /** Pairs of name and value, in order; the map is read-only. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new ParamValidationError("Params.of", List.of("Params.of takes pairs of name and value; got " + namesAndValues.length
                    + " arguments, the last name (" + namesAndValues[namesAndValues.length - 1] + ") has no value"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new ParamValidationError("Params.of", List.of("Params.of: argument " + (i + 1) + " should be a parameter name (a String); got "
                        + (namesAndValues[i] == null ? "null" : namesAndValues[i].getClass().getSimpleName() + " " + namesAndValues[i])));
            }
            if (params.containsKey(name)) throw new ParamValidationError("Params.of", List.of("Params.of: '" + name + "' is given twice"));
            params.put(name, namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(params);
    }

    /** A list, allowing nulls (unlike {@code List.of}). */
    public static List<Object> list(Object... values) {
        return Collections.unmodifiableList(java.util.Arrays.asList(values.clone()));
    }
}
