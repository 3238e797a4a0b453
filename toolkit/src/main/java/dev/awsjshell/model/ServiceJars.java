package dev.awsjshell.model;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Services whose SDK classes are not on the class path: scripts/jshell cuts the SDK bundle into its core and one jar
 * per service, puts the core and the most used services on the class path, and names the folder of the others in the
 * system property {@code awsjshell.sdk.services}. Such a service is loaded on first use from its jar, in a class loader
 * of its own under the toolkit's. Without the property (Maven's class path has the whole bundle) nothing is loaded here.
 */
public final class ServiceJars {
    static final String PROPERTY = "awsjshell.sdk.services";
    private static final String PREFIX = "software.amazon.awssdk.services.";
    private static final Map<String, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private ServiceJars() {}

    /** The class, from the class path or else from its service's jar. */
    static Class<?> load(String className) throws ClassNotFoundException {
        try {
            return Class.forName(className, true, ServiceJars.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            ClassLoader loader = loaderFor(className);
            if (loader == null) throw e;
            return Class.forName(className, true, loader);
        }
    }

    /**
     * Runs {@code action} with a service's class loader as the thread's context loader: the SDK finds a service's
     * interceptors (its {@code execution.interceptors} resource) through that loader when it builds a client.
     */
    public static <T> T withLoaderOf(Class<?> serviceClass, Supplier<T> action) {
        ClassLoader loader = serviceClass.getClassLoader();
        if (loader == ServiceJars.class.getClassLoader() || loader == null) return action.get();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader loaderFor(String className) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || !className.startsWith(PREFIX)) return null;
        int dot = className.indexOf('.', PREFIX.length());
        if (dot < 0) return null;
        String service = className.substring(PREFIX.length(), dot);
        Path jar = Path.of(folder, service + ".jar");
        if (!Files.isRegularFile(jar)) return null;
        return LOADERS.computeIfAbsent(service, s -> {
            try {
                return new URLClassLoader("sdk-" + s, new URL[] {jar.toUri().toURL()}, ServiceJars.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
