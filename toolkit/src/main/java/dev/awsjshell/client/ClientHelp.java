package dev.awsjshell.client;

import dev.awsjshell.model.PaginatorModel;
import dev.awsjshell.util.Names;

/** A client's first page of help: what it calls, waits for and pages through, and how to ask about one operation. */
final class ClientHelp {
    private ClientHelp() {}

    static String of(AwsClient client) {
        String name = client.serviceName();
        String var = Names.javaIdentifier(name);
        StringBuilder b = new StringBuilder();
        b.append(name).append(" client: ").append(client.operations().size()).append(" operations, by boto3's names\n");
        b.append("  ").append(var).append(".call(\"operation_name\", Map.of(...))   or typed: Clients.").append(var).append("().operationName(Map.of(...))\n");
        b.append("  ").append(var).append(".help(\"operation_name\")                 parameters, allowed values, an example, the response\n\n");
        b.append("Operations:\n");
        columns(b, client.operations());
        if (!client.waiterNames().isEmpty()) {
            b.append("Waiters (getWaiter(name).wait(Map.of(...))):\n");
            columns(b, client.waiterNames());
        }
        var paginated = PaginatorModel.forService(name).keySet();
        if (!paginated.isEmpty()) {
            b.append("Paginated (getPaginator(name).paginate(Map.of(...))):\n");
            columns(b, paginated.stream().sorted().toList());
        }
        return b.toString();
    }

    private static void columns(StringBuilder b, java.util.Collection<String> names) {
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
        int perLine = Math.max(1, 100 / width);
        int i = 0;
        for (String n : names) {
            b.append(i % perLine == 0 ? "  " : "").append(n).append(" ".repeat(Math.max(0, width - n.length())));
            if (++i % perLine == 0) b.append('\n');
        }
        if (i % perLine != 0) b.append('\n');
    }
}
