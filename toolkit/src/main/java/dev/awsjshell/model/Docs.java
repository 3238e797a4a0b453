package dev.awsjshell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * botocore's documentation strings as plain text, first paragraph only (data/docs/, written by
 * scripts/dev/gen-data.py): each operation's, and each member's of its input and output (by operation name) and of the
 * structures they hold (by shape name). Read on first use, one service at a time.
 */
public final class Docs {
    private static final Map<String, Docs> BY_SERVICE = new ConcurrentHashMap<>();
    private final JsonNode json;

    private Docs(JsonNode json) { this.json = json; }

    public static Docs of(String service) { return BY_SERVICE.computeIfAbsent(service, Docs::load); }

    /** The operation's description (by its model name, {@code PutObject}), or "". */
    public String operation(String operation) { return json.path("operations").path(operation).asText(""); }

    /** A member's description in an operation's input. */
    public String input(String operation, String member) { return json.path("inputs").path(operation).path(member).asText(""); }

    /** A member's description in an operation's output. */
    public String output(String operation, String member) { return json.path("outputs").path(operation).path(member).asText(""); }

    /** A member's description in a nested structure, by its shape name (the SDK's class name). */
    public String shape(String shape, String member) { return json.path("shapes").path(shape).path(member).asText(""); }

    private static Docs load(String service) {
        try (InputStream in = Docs.class.getResourceAsStream("/dev/awsjshell/data/docs/" + service + ".json")) {
            return new Docs(in == null ? MissingNode.getInstance() : new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
