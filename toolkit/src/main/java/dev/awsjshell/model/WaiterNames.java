package dev.awsjshell.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Each service's waiter names from data/waiters.properties, which scripts/dev/gen-data.py writes from the SDK bundle. */
final class WaiterNames {
    private static final Map<String, List<String>> BY_SERVICE = load();

    private WaiterNames() {}

    /** The service's waiter names, sorted; null when the data does not know the service. */
    static List<String> of(String service) { return BY_SERVICE.get(service); }

    private static Map<String, List<String>> load() {
        Properties p = new Properties();
        try (InputStream in = WaiterNames.class.getResourceAsStream("/dev/awsjshell/data/waiters.properties")) {
            if (in == null) return Map.of();
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, ((String) v).isEmpty() ? List.of() : Arrays.stream(((String) v).split(",")).sorted().toList()));
        return m;
    }
}
