package dev.awsjshell.codegen;

import dev.awsjshell.client.ClientView;
import dev.awsjshell.model.Docs;
import dev.awsjshell.model.Required;
import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.util.Names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the typed client views ({@code S3Api}, {@code DynamoDbApi}, ... one per service, with a method per operation
 * under boto3's name in camelCase and javadoc from botocore's documentation) and the typed entry points
 * {@code Clients} (every service) and {@code Resources} (the resource services), so that Tab completes every operation
 * and a boto3 one-liner stays one line: {@code Resources.dynamodb().table("users").putItem(...)}.
 */
public final class ClientViewGenerator {
    static final BaseMethods BASE = BaseMethods.of(ClientView.class);

    /** One operation: boto3's name, the model's name, the members botocore requires, the first paragraph of its doc. */
    public record Operation(String snakeName, String modelName, List<String> required, String doc) {}

    /** One service's view: boto3's service name, the view's class name, its operations sorted by boto3's name. */
    public record Service(String name, String className, List<Operation> operations) {}

    private ClientViewGenerator() {}

    /** Every service of the catalog, read from the SDK's client interfaces and the toolkit's data. */
    static List<Service> services() {
        List<Service> all = new ArrayList<>();
        ClassLoader loader = ClientViewGenerator.class.getClassLoader();
        for (String name : ServiceCatalog.serviceNames()) {
            String clientInterface = ServiceCatalog.clientInterfaceName(name);
            Docs docs = Docs.of(name);
            List<Operation> ops = new ArrayList<>();
            for (String op : SdkOperations.of(clientInterface, loader)) {
                ops.add(new Operation(Names.snake(op), op, Required.ofOperation(name, op), docs.operation(op)));
            }
            ops.sort(java.util.Comparator.comparing(Operation::snakeName));
            String sdk = clientInterface.substring(clientInterface.lastIndexOf('.') + 1);
            all.add(new Service(name, sdk.substring(0, sdk.length() - "Client".length()) + "Api", ops));
        }
        return all;
    }

    /** The views of {@code services} and the two entry points, by file name. */
    public static SortedMap<String, String> generate(List<Service> services, Map<String, String> resourceViews) {
        SortedMap<String, String> files = new TreeMap<>();
        StringBuilder clients = new StringBuilder(header())
                .append("/** Typed clients of the default session, one per service: {@code Clients.s3().listObjectsV2(Map.of(\"Bucket\", \"b\"))}. */\n")
                .append("public final class Clients {\n    private Clients() {}\n");
        for (Service s : services) {
            files.put(s.className() + ".java", view(s));
            String method = javaName(Names.javaIdentifier(s.name()));
            clients.append("\n    /** boto3's {@code boto3.client(\"").append(s.name()).append("\")}, typed. */\n")
                    .append("    public static ").append(s.className()).append(' ').append(method).append("() { return new ")
                    .append(s.className()).append("(dev.awsjshell.Aws.client(\"").append(s.name()).append("\")); }\n");
        }
        files.put("Clients.java", clients.append("}\n").toString());
        StringBuilder resources = new StringBuilder(header())
                .append("/** Typed resources of the default session: {@code Resources.dynamodb().table(\"users\")}. */\n")
                .append("public final class Resources {\n    private Resources() {}\n");
        resourceViews.forEach((service, view) -> resources
                .append("\n    /** boto3's {@code boto3.resource(\"").append(service).append("\")}, typed. */\n")
                .append("    public static ").append(view).append(' ').append(javaName(Names.javaIdentifier(service)))
                .append("() { return dev.awsjshell.Aws.resource(\"").append(service).append("\"); }\n"));
        files.put("Resources.java", resources.append("}\n").toString());
        return Collections.unmodifiableSortedMap(files);
    }

    static String view(Service s) {
        StringBuilder b = new StringBuilder(header());
        b.append("/** boto3's {@code ").append(s.name()).append("} client, typed: one method per operation, by boto3's name in camelCase. */\n");
        b.append("public final class ").append(s.className()).append(" extends dev.awsjshell.client.ClientView {\n");
        b.append("    public ").append(s.className()).append("(dev.awsjshell.client.AwsClient client) { super(client); }\n");
        for (Operation op : s.operations()) {
            String method = Names.camelCase(op.snakeName());
            if (BASE.names().contains(method) || javax.lang.model.SourceVersion.isKeyword(method)) {
                method = method + "Operation";
            }
            b.append("\n    /**\n");
            if (!op.doc().isEmpty()) b.append("     * ").append(javadoc(op.doc())).append("\n     * <p>\n");
            b.append("     * boto3: {@code ").append(op.snakeName()).append("}")
                    .append(op.required().isEmpty() ? "" : "; required: " + String.join(", ", op.required()))
                    .append(". {@code help(\"").append(op.snakeName()).append("\")} shows every parameter.\n     */\n");
            b.append("    public dev.awsjshell.response.AwsMap ").append(method).append("(java.util.Map<String, ?> params) { return call(\"")
                    .append(op.snakeName()).append("\", params); }\n");
            if (op.required().isEmpty()) {
                b.append("\n    /** {@code ").append(op.snakeName()).append("} without parameters. */\n");
                b.append("    public dev.awsjshell.response.AwsMap ").append(method).append("() { return call(\"")
                        .append(op.snakeName()).append("\", java.util.Map.of()); }\n");
            }
        }
        return b.append("}\n").toString();
    }

    private static String header() {
        return "package " + ViewGenerator.PACKAGE + ";\n\n// Generated by dev.awsjshell.codegen.ClientViewGenerator from the toolkit's data; never edited by hand.\n\n";
    }

    private static String javadoc(String text) {
        // a backslash could start a unicode escape, which javac reads even in comments
        return text.replace("\\", "&#92;").replace("*/", "*&#47;").replace("@", "&#64;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String javaName(String name) {
        return javax.lang.model.SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    /** The resource services and their typed service-resource classes ({@code dynamodb} to {@code DynamoDbResource}). */
    static Map<String, String> resourceViews() {
        Map<String, String> views = new TreeMap<>();
        for (String service : ResourceModel.SERVICES) views.put(service, ResourceModel.of(service).javaPrefix() + "Resource");
        return views;
    }
}
