package dev.awsjshell.model;

import dev.awsjshell.errors.UnknownServiceError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Every service of the SDK bundle under boto3's name (or the SDK's, where boto3 lacks it), from data/services.properties. */
public final class ServiceCatalog {
    private static final Map<String, String> CLIENTS = load();
    private static final Map<String, ServiceModel> MODELS = new ConcurrentHashMap<>();

    private ServiceCatalog() {}

    public static List<String> serviceNames() { return List.copyOf(CLIENTS.keySet()); }

    public static boolean exists(String name) { return CLIENTS.containsKey(name); }

    /** The SDK client interface's class name of a service, without loading it. */
    public static String clientInterfaceName(String name) { return CLIENTS.get(name); }

    /** The model of a service by boto3's name, by the SDK's package name, or by its client interface. */
    public static ServiceModel model(String name) {
        if (name == null) throw new UnknownServiceError("null", CLIENTS.keySet());
        String clientClass = CLIENTS.get(name);
        if (clientClass == null) clientClass = bySdkPackage(name);
        if (clientClass == null) throw new UnknownServiceError(name, CLIENTS.keySet());
        String boto3Name = CLIENTS.containsKey(name) ? name : nameOf(clientClass);
        String cls = clientClass;
        return MODELS.computeIfAbsent(boto3Name, n -> new ServiceModel(n, loadClass(cls)));
    }

    public static ServiceModel model(Class<?> clientInterface) {
        String name = nameOf(clientInterface.getName());
        if (name == null) throw new UnknownServiceError(clientInterface.getSimpleName(), CLIENTS.keySet());
        return model(name);
    }

    /** boto3's name of the service in an SDK package (what follows software.amazon.awssdk.services.), or null. */
    public static String nameOfSdkPackage(String sdkPackage) {
        String clientClass = bySdkPackage(sdkPackage);
        return clientClass == null ? null : nameOf(clientClass);
    }

    private static String nameOf(String clientClass) {
        return CLIENTS.entrySet().stream().filter(e -> e.getValue().equals(clientClass)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static String bySdkPackage(String pkg) {
        String prefix = "software.amazon.awssdk.services." + pkg + ".";
        return CLIENTS.values().stream().filter(c -> c.startsWith(prefix) && c.indexOf('.', prefix.length()) < 0).findFirst().orElse(null);
    }

    private static Class<?> loadClass(String name) {
        try {
            return ServiceJars.load(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The SDK bundle on the class path lacks " + name, e);
        }
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = ServiceCatalog.class.getResourceAsStream("/dev/awsjshell/data/services.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }
}
