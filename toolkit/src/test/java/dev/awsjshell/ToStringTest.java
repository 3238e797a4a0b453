package dev.awsjshell;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type a user can hold prints as something readable, not {@code PageIterable@1fc0053e}: each public class
 * with instances, in the packages startup.jsh imports, has its own {@code toString} (records and errors have theirs).
 */
class ToStringTest {
    static final List<String> USER_PACKAGES = List.of("dev.awsjshell", "dev.awsjshell.client", "dev.awsjshell.config",
            "dev.awsjshell.display", "dev.awsjshell.errors", "dev.awsjshell.resource", "dev.awsjshell.response",
            "dev.awsjshell.services.s3", "dev.awsjshell.services.dynamodb", "dev.awsjshell.session");

    @Test
    void everyPublicTypeWithInstancesHasItsOwnToString() throws Exception {
        Path classes = Path.of(Aws.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> plain = new java.util.ArrayList<>();
        int checked = 0;
        for (String pkg : USER_PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                    String name = f.getFileName().toString();
                    Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                    if (!Modifier.isPublic(c.getModifiers()) || c.isInterface() || c.isEnum() || onlyStatic(c)) continue;
                    checked++;
                    if (c.getMethod("toString").getDeclaringClass() == Object.class) plain.add(c.getName());
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(plain).as("public types printing as Class@hash").isEmpty();
    }

    @Test
    void whatAUserHoldsPrintsWhatItIsWithoutSendingAnything() {
        var session = dev.awsjshell.session.Session.builder().regionName("eu-west-1").build();
        var s3 = session.client("s3");
        assertThat(s3.getPaginator("list_objects_v2").paginate(java.util.Map.of("Bucket", "b")))
                .hasToString("PageIterable(list_objects_v2, {Bucket=b}; pages are fetched as you iterate: for (var page : pages), or search(...))");
        assertThat(session.resource("s3").subresource("Bucket", "b").collection("objects").filter(java.util.Map.of("Prefix", "logs/")).limit(10))
                .hasToString("s3.Bucket(name='b').objects(filter={Prefix=logs/}, limit=10): a collection of s3.ObjectSummary, read when iterated");
        assertThat(s3.getWaiter("bucket_exists")).hasToString("Waiter(s3.bucket_exists)");
        assertThat(session.toString()).startsWith("Session(region_name='eu-west-1'");
        assertThat(dev.awsjshell.config.Config.of(java.util.Map.of("region_name", "eu-west-1"))).hasToString("Config{region_name=eu-west-1}");
        assertThat(dev.awsjshell.services.s3.Progress.bar()).hasToString("Progress.bar()");
        assertThat(s3.meta().requestsSent()).as("printing sent nothing").isZero();
    }

    private static boolean onlyStatic(Class<?> c) {
        Method[] methods = c.getDeclaredMethods();
        return c.getConstructors().length == 0 && Arrays.stream(methods).filter(m -> Modifier.isPublic(m.getModifiers()))
                .allMatch(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() != c);
    }
}
