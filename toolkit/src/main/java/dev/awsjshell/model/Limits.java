package dev.awsjshell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * botocore's validator's minimums, which the SDK does not check (data/limits/, written by scripts/dev/gen-data.py, by
 * boto3's service name): a member's min length (strings, lists, maps) or min value (numbers). Operation inputs by
 * operation name, nested structures by shape name, as {@link Required}.
 */
public final class Limits {
    private static final Map<String, Map<String, Map<String, BigDecimal>>> BY_PACKAGE = new ConcurrentHashMap<>();

    private Limits() {}

    /** The minimums of a request or nested structure class's members, by boto3's member name; empty when none. */
    public static Map<String, BigDecimal> of(Class<?> pojoClass) {
        String pkg = pojoClass.getPackageName();
        if (!pkg.startsWith("software.amazon.awssdk.services.")) return Map.of();
        String sdkPackage = pkg.substring("software.amazon.awssdk.services.".length()).replace(".model", "");
        Map<String, Map<String, BigDecimal>> all = BY_PACKAGE.computeIfAbsent(sdkPackage, Limits::load);
        String name = pojoClass.getSimpleName();
        Map<String, BigDecimal> found = name.endsWith("Request") ? all.get("op." + name.substring(0, name.length() - "Request".length())) : null;
        if (found == null) found = all.get("shape." + name);
        return found == null ? Map.of() : found;
    }

    private static Map<String, Map<String, BigDecimal>> load(String sdkPackage) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        String service = ServiceCatalog.nameOfSdkPackage(sdkPackage);
        if (service == null) return out;
        try (InputStream in = Limits.class.getResourceAsStream("/dev/awsjshell/data/limits/" + service + ".json")) {
            if (in == null) return out;
            JsonNode json = new ObjectMapper().readTree(in);
            for (String kind : new String[] {"operations", "shapes"}) {
                json.path(kind).fields().forEachRemaining(e -> {
                    Map<String, BigDecimal> members = new LinkedHashMap<>();
                    e.getValue().fields().forEachRemaining(m -> members.put(m.getKey(), m.getValue().decimalValue()));
                    out.put((kind.equals("operations") ? "op." : "shape.") + e.getKey(), Map.copyOf(members));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
