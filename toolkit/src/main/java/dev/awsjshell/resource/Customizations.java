package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.resource.ResourceCustomization.Action;
import dev.awsjshell.response.AwsMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/** The registry of every service's {@link ResourceCustomization}, read once; two for one service is an error. */
public final class Customizations {
    private static final Map<String, ResourceCustomization> BY_SERVICE = load();

    private Customizations() {}

    private static Map<String, ResourceCustomization> load() {
        Map<String, ResourceCustomization> byService = new HashMap<>();
        for (ResourceCustomization c : ServiceLoader.load(ResourceCustomization.class, Customizations.class.getClassLoader())) {
            if (byService.putIfAbsent(c.service(), c) != null) throw new IllegalStateException("Two resource customizations for " + c.service());
        }
        return Map.copyOf(byService);
    }

    static Function<Resource, AwsMap> load(String service, String type) {
        ResourceCustomization c = BY_SERVICE.get(service);
        return c == null ? null : c.loads().get(type);
    }

    /** The hand-written actions of a resource type, after the model's: the view generator reads them too. */
    public static List<Action> actions(String service, String type) {
        ResourceCustomization c = BY_SERVICE.get(service);
        return c == null ? List.of() : c.actions().getOrDefault(type, List.of());
    }

    static AwsMap call(String service, AwsClient client, String operation, Map<String, Object> params) {
        ResourceCustomization c = BY_SERVICE.get(service);
        return c == null ? client.call(operation, params) : c.call(client, operation, params);
    }
}
