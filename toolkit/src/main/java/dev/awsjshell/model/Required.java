package dev.awsjshell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members botocore's models mark as required, for the many the SDK does not mark (data/required/, written by
 * scripts/dev/gen-data.py, by boto3's service name): operation inputs by operation name, nested structures by shape name.
 */
public final class Required {
    private static final Map<String, Properties> BY_PACKAGE = new ConcurrentHashMap<>();
    /** Read once per class: every call checks its request's required members. */
    private static final ClassValue<List<String>> BY_CLASS = new ClassValue<>() {
        @Override protected List<String> computeValue(Class<?> type) { return read(type); }
    };

    private Required() {}

    public static List<String> of(Class<?> pojoClass) { return BY_CLASS.get(pojoClass); }

    private static List<String> read(Class<?> pojoClass) {
        String pkg = pojoClass.getPackageName();
        if (!pkg.startsWith("software.amazon.awssdk.services.")) return List.of();
        String sdkPackage = pkg.substring("software.amazon.awssdk.services.".length()).replace(".model", "");
        Properties p = BY_PACKAGE.computeIfAbsent(sdkPackage, Required::load);
        String name = pojoClass.getSimpleName();
        String members = name.endsWith("Request") ? p.getProperty("op." + name.substring(0, name.length() - "Request".length())) : null;
        if (members == null) members = p.getProperty("shape." + name);
        return members == null ? List.of() : List.of(members.split(","));
    }

    /** The members botocore requires in an operation's input, by boto3's service name and the model's operation name. */
    public static List<String> ofOperation(String service, String operation) {
        String members = BY_SERVICE.computeIfAbsent(service, Required::loadService).getProperty("op." + operation);
        return members == null ? List.of() : List.of(members.split(","));
    }

    private static final Map<String, Properties> BY_SERVICE = new ConcurrentHashMap<>();

    private static Properties load(String sdkPackage) {
        String service = ServiceCatalog.nameOfSdkPackage(sdkPackage);
        return service == null ? new Properties() : loadService(service);
    }

    private static Properties loadService(String service) {
        Properties p = new Properties();
        try (InputStream in = Required.class.getResourceAsStream("/dev/awsjshell/data/required/" + service + ".json")) {
            if (in == null) return p;
            JsonNode json = new ObjectMapper().readTree(in);
            for (String kind : new String[] {"operations", "shapes"}) {
                json.path(kind).fields().forEachRemaining(e -> {
                    StringBuilder members = new StringBuilder();
                    e.getValue().forEach(m -> members.append(members.length() == 0 ? "" : ",").append(m.asText()));
                    p.setProperty((kind.equals("operations") ? "op." : "shape.") + e.getKey(), members.toString());
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
