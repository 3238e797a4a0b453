package dev.awsjshell.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JMESPath compliance suite (vendored from jmespath.py, MIT): every case answers as the suite says, and as python's
 * jmespath 1.1 (boto3's) answers the same expression on the same data, errors by kind.
 */
class JmesPathComplianceTest {
    static final List<String> FILES = List.of("basic", "benchmarks", "boolean", "current", "escape", "filters", "functions",
            "identifiers", "indices", "literal", "multiselect", "pipe", "slice", "syntax", "unicode", "wildcard");
    static final ObjectMapper JSON = new ObjectMapper();

    record Case(String file, JsonNode given, String expression, JsonNode result, String error) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = JmesPathComplianceTest.class.getResourceAsStream("jmespath-compliance/" + file + ".json")) {
                for (JsonNode suite : JSON.readTree(in)) {
                    for (JsonNode c : suite.get("cases")) {
                        cases.add(new Case(file, suite.get("given"), c.get("expression").asText(), c.get("result"),
                                c.has("error") ? c.get("error").asText() : null));
                    }
                }
            }
        }
        return cases;
    }

    /** Our answer as JSON, or {"error": kind}. */
    static JsonNode answer(String expression, Object data) throws IOException {
        try {
            return JSON.readTree(JmesPath.dumps(JmesPath.search(expression, data)));
        } catch (JmesPathError e) {
            return JSON.createObjectNode().put("error", e.kind());
        }
    }

    @Test
    void everyCaseOfTheSuite() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(900);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Case c : cases) {
            if (c.result() == null && c.error() == null) continue;   // benchmarks without an expected result
            checked++;
            JsonNode ours = answer(c.expression(), Json.toJava(c.given()));
            JsonNode expected = c.error() != null ? JSON.createObjectNode().put("error", c.error()) : c.result();
            if (!ours.equals(expected)) failures.add(c.file() + ": " + c.expression() + " gave " + ours + ", expected " + expected);
        }
        assertThat(failures).as(checked + " cases").isEmpty();
    }

    static final String PYTHON_ANSWERS = """
            import json, sys, jmespath
            from jmespath import exceptions as x
            KINDS = [(x.UnknownFunctionError, 'unknown-function'), (x.ArityError, 'invalid-arity'), (x.JMESPathTypeError, 'invalid-type'),
                     (x.ParseError, 'syntax'), (x.EmptyExpressionError, 'syntax'), (TypeError, 'invalid-type'), (ValueError, 'invalid-value')]
            out = []
            for given, expression in json.load(sys.stdin):
                try:
                    out.append({'result': jmespath.search(expression, given)})
                except Exception as e:
                    out.append({'error': next(k for t, k in KINDS if isinstance(e, t))})
            print(json.dumps(out))
            """;

    @Test
    void everyCaseAsPythonsJmespathAnswersIt() throws Exception {
        List<Case> cases = cases();
        ArrayNode input = JSON.createArrayNode();
        for (Case c : cases) input.add(JSON.createArrayNode().add(c.given()).add(c.expression()));
        JsonNode python = python(PYTHON_ANSWERS, JSON.writeValueAsString(input));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode p = python.get(i);
            JsonNode theirs = p.has("error") ? p : p.get("result");
            JsonNode ours = answer(cases.get(i).expression(), Json.toJava(cases.get(i).given()));
            if (!ours.equals(theirs)) failures.add(cases.get(i).expression() + " gave " + ours + ", python " + theirs);
        }
        assertThat(failures).as(cases.size() + " cases").isEmpty();
    }

    static JsonNode python(String script, String stdin) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3.11", "-c", script).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("python3.11 with jmespath is not on this machine: " + e.getMessage());
            return null;
        }
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("python3.11 failed: " + err);
        return JSON.readTree(out);
    }
}
