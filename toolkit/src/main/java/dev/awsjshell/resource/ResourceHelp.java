package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.Attribute;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel.Param;
import dev.awsjshell.resource.model.ResourceModel.Related;
import dev.awsjshell.resource.model.ResourceModel.Request;
import dev.awsjshell.resource.model.ResourceModel.Type;
import dev.awsjshell.resource.model.ResourceModel.WaiterRef;
import dev.awsjshell.util.Names;

import java.util.ArrayList;
import java.util.List;

/** The help of a resource, one of its actions, and a collection: what each offers, what it calls, and the operation's help. */
final class ResourceHelp {
    private ResourceHelp() {}

    static String of(Resource r) {
        Type t = r.type;
        String service = r.context.model().service();
        StringBuilder b = new StringBuilder();
        b.append(r).append("   (").append(r.getClass().getSimpleName()).append(")\n");
        b.append("Identifiers: ").append(t.identifierNames().isEmpty() ? "(none)" : String.join(", ", t.identifierNames())).append("\n");
        if (!t.attributes().isEmpty()) {
            b.append("\nAttributes (loaded on first read").append(t.load() == null ? "" : ", through " + t.load().request().operation())
                    .append("; nothing is sent until then):\n");
            for (Attribute a : t.attributes()) b.append("  ").append(Names.camelCase(a.name())).append("()   ").append(a.type()).append('\n');
        }
        if (!t.actions().isEmpty()) {
            b.append("\nActions (a Map of parameters; the ones this resource fills are said): help(\"action_name\") for one\n");
            for (Action a : t.actions()) b.append("  ").append(Names.camelCase(a.name())).append("(Map)   calls ").append(call(service, a.request())).append('\n');
        }
        related(b, "References", t.references(), false);
        related(b, "Sub-resources", t.subresources(), true);
        if (!t.collections().isEmpty()) {
            b.append("\nCollections (lazy: all(), filter(Map), limit(n), pageSize(n), pages(), table()):\n");
            for (CollectionModel c : t.collections()) {
                b.append("  ").append(Names.camelCase(c.name())).append("()   ").append(service).append('.').append(c.resource().type())
                        .append(" from ").append(call(service, c.request())).append('\n');
            }
        }
        if (!t.waiters().isEmpty()) {
            b.append("\nWaiters:\n");
            for (WaiterRef w : t.waiters()) b.append("  ").append(Names.camelCase(w.name())).append("()   the client's ").append(w.waiter()).append(" waiter\n");
        }
        return b.toString();
    }

    static String action(Resource r, String name) {
        Action a = r.type.actions().stream().filter(x -> x.name().equals(name) || Names.camelCase(x.name()).equals(name)).findFirst()
                .orElseThrow(() -> new dev.awsjshell.errors.UnknownNameError(r + " action", name, r.type.actions().stream().map(Action::name).toList()));
        String service = r.context.model().service();
        StringBuilder b = new StringBuilder();
        b.append(r).append('.').append(Names.camelCase(a.name())).append("(Map)   boto3: ").append(a.name())
                .append(a.resource() == null ? "" : "; returns " + service + "." + a.resource().type()).append('\n');
        b.append("Calls ").append(call(service, a.request())).append("; every other parameter is yours:\n\n");
        b.append(r.context.client().doc(a.request().operation()));
        return b.toString();
    }

    static String collection(ResourceCollection<?> c, CollectionModel model, Resource parent, AwsClient client) {
        String service = parent.context.model().service();
        StringBuilder b = new StringBuilder();
        b.append(c).append("   a collection of ").append(service).append('.').append(model.resource().type()).append('\n');
        b.append("Nothing is sent until it is iterated: for (var x : c), stream(), toList(), table(); all(), filter(Map),\n")
                .append("limit(n), pageSize(n) each give a new collection. It pages through ").append(call(service, model.request())).append(";\n")
                .append("filter(Map) takes that operation's parameters:\n\n");
        b.append(client.doc(model.request().operation()));
        return b.toString();
    }

    private static void related(StringBuilder b, String title, List<Related> list, boolean takesIdentifiers) {
        if (list.isEmpty()) return;
        b.append('\n').append(title).append(":\n");
        for (Related r : list) {
            List<String> inputs = new ArrayList<>();
            for (Param p : r.resource().inputs()) inputs.add(Names.camelCase(Names.snake(p.target())));
            b.append("  ").append(Names.camelCase(Names.snake(r.name()))).append('(').append(takesIdentifiers ? String.join(", ", inputs) : "")
                    .append(")   ").append(r.resource().type()).append('\n');
        }
    }

    private static String call(String service, Request request) {
        List<String> filled = new ArrayList<>();
        for (Param p : request.params()) {
            if (p.source().equals("identifier")) filled.add(p.target() + " = its " + p.name());
            else if (p.source().equals("string") || p.source().equals("integer") || p.source().equals("boolean")) filled.add(p.target() + " = " + p.value());
        }
        return service + "." + request.operation() + (filled.isEmpty() ? "" : " (" + String.join(", ", filled) + ")");
    }
}
