package dev.awsjshell.response;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * JMESPath as boto3 evaluates it (python's jmespath 1.1, which botocore's paginators and waiters use), over the plain
 * values of a response, without copying them. Values keep boto3's types: whole numbers are Python ints, Double is a
 * float, BigDecimal is a Decimal (a number to compare, but not one the functions take, as in boto3), and a timestamp
 * ({@link Instant}) is a datetime: equal to itself, neither a string nor a number, so {@code LastModified > '2022'} is
 * null and {@code to_string(LastModified)} is {@code "\"2022-01-05 08:05:37+00:00\""}, as boto3 gives. Strings compare
 * with {@code <}, {@code <=}, ... by code point. The parser and interpreter follow jmespath.py's (a Pratt parser with
 * its binding powers), and answer its compliance suite as it does.
 */
public final class JmesPath {
    private static final Map<String, Node> COMPILED = new ConcurrentHashMap<>();
    private static final ObjectMapper LITERALS = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private JmesPath() {}

    /** The expression evaluated on {@code data}; maps it builds are {@link AwsMap}s, lists are read-only. */
    public static Object search(String expression, Object data) {
        Node compiled = COMPILED.get(expression);
        if (compiled == null) {
            compiled = new Parser(expression).parse();
            if (COMPILED.size() < 4096) COMPILED.put(expression, compiled);
        }
        return eval(compiled, data);
    }

    // ---------------------------------------------------------------------------------------------------- the lexer

    private record Token(String type, Object value, int start) {}

    private static final Map<Character, String> SIMPLE = Map.of('.', "dot", '*', "star", ']', "rbracket", ',', "comma",
            ':', "colon", '@', "current", '(', "lparen", ')', "rparen", '{', "lbrace", '}', "rbrace");

    private static List<Token> tokenize(String e) {
        if (e.isEmpty()) throw new JmesPathError("syntax", "Invalid JMESPath expression: cannot be empty.");
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = e.length();
        while (i < n) {
            char c = e.charAt(i);
            if (SIMPLE.containsKey(c)) {
                tokens.add(new Token(SIMPLE.get(c), String.valueOf(c), i++));
            } else if (c == '_' || (c < 128 && Character.isLetter(c))) {
                int start = i;
                while (i < n && (e.charAt(i) == '_' || (e.charAt(i) < 128 && Character.isLetterOrDigit(e.charAt(i))))) i++;
                tokens.add(new Token("unquoted_identifier", e.substring(start, i), start));
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '[') {
                char next = i + 1 < n ? e.charAt(i + 1) : 0;
                if (next == ']') { tokens.add(new Token("flatten", "[]", i)); i += 2; }
                else if (next == '?') { tokens.add(new Token("filter", "[?", i)); i += 2; }
                else tokens.add(new Token("lbracket", "[", i++));
            } else if (c == '\'') {
                int start = i;
                String lexeme = until(e, i, '\'');
                i += lexeme.length() + 2;
                tokens.add(new Token("literal", lexeme.replace("\\'", "'"), start));
            } else if (c == '|') {
                i = orElse(e, i, '|', "or", "pipe", tokens);
            } else if (c == '&') {
                i = orElse(e, i, '&', "and", "expref", tokens);
            } else if (c == '`') {
                int start = i;
                String lexeme = until(e, i, '`');
                i += lexeme.length() + 2;
                tokens.add(new Token("literal", literal(lexeme.replace("\\`", "`"), start, e), start));
            } else if ((c >= '0' && c <= '9') || c == '-') {
                int start = i++;
                while (i < n && e.charAt(i) >= '0' && e.charAt(i) <= '9') i++;
                String digits = e.substring(start, i);
                if (digits.equals("-")) throw lexerError(start, "-", "Unknown token '-'", e);
                try {
                    tokens.add(new Token("number", Integer.parseInt(digits), start));
                } catch (NumberFormatException tooLong) {
                    throw lexerError(start, digits, "Number out of range " + digits, e);
                }
            } else if (c == '"') {
                int start = i;
                String lexeme = until(e, i, '"');
                i += lexeme.length() + 2;
                try {
                    tokens.add(new Token("quoted_identifier", LITERALS.readValue("\"" + lexeme + "\"", String.class), start));
                } catch (Exception ex) {
                    throw lexerError(start, "\"" + lexeme + "\"", "Invalid \\escape or control character", e);
                }
            } else if (c == '<') {
                i = orElse(e, i, '=', "lte", "lt", tokens);
            } else if (c == '>') {
                i = orElse(e, i, '=', "gte", "gt", tokens);
            } else if (c == '!') {
                i = orElse(e, i, '=', "ne", "not", tokens);
            } else if (c == '=') {
                if (i + 1 < n && e.charAt(i + 1) == '=') { tokens.add(new Token("eq", "==", i)); i += 2; }
                else throw lexerError(i, "=", "Unknown token '='", e);
            } else {
                throw lexerError(i, String.valueOf(c), "Unknown token " + c, e);
            }
        }
        tokens.add(new Token("eof", "", n));
        return tokens;
    }

    /** The text up to the closing delimiter, as jmespath.py reads it: a backslash keeps itself and the next character. */
    private static String until(String e, int start, char delimiter) {
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= e.length()) throw lexerError(start, e.substring(start), "Unclosed " + delimiter + " delimiter", e);
            char c = e.charAt(i);
            if (c == delimiter) return b.toString();
            if (c == '\\') {
                b.append('\\');
                if (++i >= e.length()) throw lexerError(start, e.substring(start), "Unclosed " + delimiter + " delimiter", e);
            }
            b.append(e.charAt(i++));
        }
    }

    private static int orElse(String e, int i, char expected, String match, String otherwise, List<Token> tokens) {
        if (i + 1 < e.length() && e.charAt(i + 1) == expected) {
            tokens.add(new Token(match, e.substring(i, i + 2), i));
            return i + 2;
        }
        tokens.add(new Token(otherwise, String.valueOf(e.charAt(i)), i));
        return i + 1;
    }

    private static Object literal(String lexeme, int start, String e) {
        try {
            if (lexeme.isBlank()) throw new IllegalArgumentException("no JSON");   // Jackson would read it as nothing
            return Json.toJava(LITERALS.readTree(lexeme));
        } catch (Exception notJson) {
            try {   // jmespath.py's deprecated form: `foo` is "foo"
                return LITERALS.readValue("\"" + lexeme.stripLeading() + "\"", String.class);
            } catch (Exception ex) {
                throw lexerError(start, e.substring(start), "Bad token " + lexeme, e);
            }
        }
    }

    private static JmesPathError lexerError(int position, String value, String message, String expression) {
        return new JmesPathError("syntax", "Bad jmespath expression: " + message + ":\n" + expression + "\n" + " ".repeat(position) + "^");
    }

    // --------------------------------------------------------------------------------------------------- the parser

    /** An AST node as jmespath.py's: a type, a value, children. */
    private static final class Node {
        final String type;
        final Object value;
        final List<Node> children;

        Node(String type, Object value, Node... children) {
            this.type = type;
            this.value = value;
            this.children = new ArrayList<>(Arrays.asList(children));
        }
    }

    private static final Map<String, Integer> POWER = Map.ofEntries(Map.entry("eof", 0), Map.entry("unquoted_identifier", 0),
            Map.entry("quoted_identifier", 0), Map.entry("literal", 0), Map.entry("rbracket", 0), Map.entry("rparen", 0),
            Map.entry("comma", 0), Map.entry("rbrace", 0), Map.entry("number", 0), Map.entry("current", 0), Map.entry("expref", 0),
            Map.entry("colon", 0), Map.entry("pipe", 1), Map.entry("or", 2), Map.entry("and", 3), Map.entry("eq", 5),
            Map.entry("gt", 5), Map.entry("lt", 5), Map.entry("gte", 5), Map.entry("lte", 5), Map.entry("ne", 5),
            Map.entry("flatten", 9), Map.entry("star", 20), Map.entry("filter", 21), Map.entry("dot", 40), Map.entry("not", 45),
            Map.entry("lbrace", 50), Map.entry("lbracket", 55), Map.entry("lparen", 60));
    private static final int PROJECTION_STOP = 10;
    private static final Set<String> COMPARATORS = Set.of("eq", "ne", "lt", "gt", "lte", "gte");

    private static final class Parser {
        private final String expression;
        private final List<Token> tokens;
        private int index;

        Parser(String expression) {
            this.expression = expression;
            this.tokens = tokenize(expression);
        }

        Node parse() {
            Node parsed = expression(0);
            if (!current().equals("eof")) throw error(token(0), "Unexpected token: " + token(0).value());
            return parsed;
        }

        private Node expression(int bindingPower) {
            Token left = token(0);
            index++;
            Node node = nud(left);
            while (bindingPower < POWER.get(current())) {
                Token t = token(0);
                index++;
                node = led(t, node);
            }
            return node;
        }

        private Node nud(Token t) {
            switch (t.type()) {
                case "literal": return new Node("literal", t.value());
                case "unquoted_identifier": return new Node("field", t.value());
                case "quoted_identifier":
                    if (current().equals("lparen")) throw error(token(0), "Quoted identifier not allowed for function names.");
                    return new Node("field", t.value());
                case "star": {
                    Node right = current().equals("rbracket") ? new Node("identity", null) : projectionRhs(POWER.get("star"));
                    return new Node("value_projection", null, new Node("identity", null), right);
                }
                case "filter": return ledFilter(new Node("identity", null));
                case "lbrace": return multiSelectHash();
                case "lparen": {
                    Node e = expression(0);
                    match("rparen");
                    return e;
                }
                case "flatten":
                    return new Node("projection", null, new Node("flatten", null, new Node("identity", null)), projectionRhs(POWER.get("flatten")));
                case "not": return new Node("not_expression", null, expression(POWER.get("not")));
                case "lbracket":
                    if (current().equals("number") || current().equals("colon")) {
                        return projectIfSlice(new Node("identity", null), indexExpression());
                    }
                    if (current().equals("star") && lookahead(1).equals("rbracket")) {
                        index += 2;
                        return new Node("projection", null, new Node("identity", null), projectionRhs(POWER.get("star")));
                    }
                    return multiSelectList();
                case "current": return new Node("current", null);
                case "expref": return new Node("expref", null, expression(POWER.get("expref")));
                case "eof": throw incomplete(t);
                default: throw error(t, "invalid token");
            }
        }

        private Node led(Token t, Node left) {
            switch (t.type()) {
                case "dot": {
                    if (!current().equals("star")) {
                        Node right = dotRhs(POWER.get("dot"));
                        if (left.type.equals("subexpression")) {
                            left.children.add(right);
                            return left;
                        }
                        return new Node("subexpression", null, left, right);
                    }
                    index++;
                    return new Node("value_projection", null, left, projectionRhs(POWER.get("dot")));
                }
                case "pipe": return new Node("pipe", null, left, expression(POWER.get("pipe")));
                case "or": return new Node("or_expression", null, left, expression(POWER.get("or")));
                case "and": return new Node("and_expression", null, left, expression(POWER.get("and")));
                case "lparen": {
                    if (!left.type.equals("field")) throw error(tokens.get(index - 2), "Invalid function name '" + tokens.get(index - 2).value() + "'");
                    List<Node> args = new ArrayList<>();
                    while (!current().equals("rparen")) {
                        Node e = expression(0);
                        if (current().equals("comma")) match("comma");
                        args.add(e);
                    }
                    match("rparen");
                    Node f = new Node("function_expression", left.value);
                    f.children.addAll(args);
                    return f;
                }
                case "filter": return ledFilter(left);
                case "flatten": return new Node("projection", null, new Node("flatten", null, left), projectionRhs(POWER.get("flatten")));
                case "lbracket": {
                    if (current().equals("number") || current().equals("colon")) {
                        Node right = indexExpression();
                        if (left.type.equals("index_expression")) {
                            left.children.add(right);
                            return left;
                        }
                        return projectIfSlice(left, right);
                    }
                    match("star");
                    match("rbracket");
                    return new Node("projection", null, left, projectionRhs(POWER.get("star")));
                }
                default:
                    if (COMPARATORS.contains(t.type())) return new Node("comparator", t.type(), left, expression(POWER.get(t.type())));
                    throw error(t, "invalid token");
            }
        }

        private Node ledFilter(Node left) {
            Node condition = expression(0);
            match("rbracket");
            Node right = current().equals("flatten") ? new Node("identity", null) : projectionRhs(POWER.get("filter"));
            return new Node("filter_projection", null, left, right, condition);
        }

        private Node indexExpression() {
            if (lookahead(0).equals("colon") || lookahead(1).equals("colon")) return sliceExpression();
            Node node = new Node("index", token(0).value());
            index++;
            match("rbracket");
            return node;
        }

        private Node sliceExpression() {
            Integer[] parts = new Integer[3];
            int i = 0;
            while (!current().equals("rbracket") && i < 3) {
                if (current().equals("colon")) {
                    i++;
                    if (i == 3) throw error(token(0), "syntax error");
                    index++;
                } else if (current().equals("number")) {
                    parts[i] = (Integer) token(0).value();
                    index++;
                } else {
                    throw error(token(0), "syntax error");
                }
            }
            match("rbracket");
            return new Node("slice", parts);
        }

        private Node projectIfSlice(Node left, Node right) {
            Node indexExpression = new Node("index_expression", null, left, right);
            if (right.type.equals("slice")) return new Node("projection", null, indexExpression, projectionRhs(POWER.get("star")));
            return indexExpression;
        }

        private Node multiSelectList() {
            Node list = new Node("multi_select_list", null);
            while (true) {
                list.children.add(expression(0));
                if (current().equals("rbracket")) break;
                match("comma");
            }
            match("rbracket");
            return list;
        }

        private Node multiSelectHash() {
            Node hash = new Node("multi_select_dict", null);
            while (true) {
                Token key = token(0);
                if (!current().equals("quoted_identifier") && !current().equals("unquoted_identifier")) {
                    throw mismatch("['quoted_identifier', 'unquoted_identifier']", key);
                }
                index++;
                match("colon");
                hash.children.add(new Node("key_val_pair", key.value(), expression(0)));
                if (current().equals("comma")) {
                    match("comma");
                } else if (current().equals("rbrace")) {
                    match("rbrace");
                    break;
                }
            }
            return hash;
        }

        private Node projectionRhs(int bindingPower) {
            if (POWER.get(current()) < PROJECTION_STOP) return new Node("identity", null);
            if (current().equals("lbracket") || current().equals("filter")) return expression(bindingPower);
            if (current().equals("dot")) {
                match("dot");
                return dotRhs(bindingPower);
            }
            throw error(token(0), "syntax error");
        }

        private Node dotRhs(int bindingPower) {
            String look = current();
            if (look.equals("quoted_identifier") || look.equals("unquoted_identifier") || look.equals("star")) return expression(bindingPower);
            if (look.equals("lbracket")) {
                match("lbracket");
                return multiSelectList();
            }
            if (look.equals("lbrace")) {
                match("lbrace");
                return multiSelectHash();
            }
            throw error(token(0), "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: " + look);
        }

        private void match(String type) {
            if (current().equals(type)) index++;
            else throw mismatch(type, token(0));
        }

        private JmesPathError mismatch(String expected, Token t) {
            if (t.type().equals("eof")) return incomplete(t);
            return error(t, "Expecting: " + expected + ", got: " + t.type());
        }

        private String current() { return tokens.get(index).type(); }

        private String lookahead(int n) { return tokens.get(Math.min(index + n, tokens.size() - 1)).type(); }

        private Token token(int n) { return tokens.get(Math.min(index + n, tokens.size() - 1)); }

        private JmesPathError error(Token t, String reason) {
            return new JmesPathError("syntax", reason + ": Parse error at column " + t.start() + ", token \"" + t.value() + "\" ("
                    + t.type().toUpperCase() + "), for expression:\n\"" + expression + "\"\n" + " ".repeat(t.start() + 1) + "^");
        }

        private JmesPathError incomplete(Token t) {
            return new JmesPathError("syntax", "Invalid jmespath expression: Incomplete expression:\n\"" + expression + "\"\n"
                    + " ".repeat(t.start() + 1) + "^");
        }
    }

    // ---------------------------------------------------------------------------------------------- the interpreter

    private record Expref(Node node) {}

    private static Object eval(Node node, Object value) {
        switch (node.type) {
            case "subexpression", "index_expression", "pipe": {
                Object result = value;
                for (Node child : node.children) result = eval(child, result);
                return result;
            }
            case "field": return value instanceof Map<?, ?> m ? m.get(node.value) : null;
            case "comparator": return compare((String) node.value, eval(node.children.get(0), value), eval(node.children.get(1), value));
            case "current", "identity": return value;
            case "expref": return new Expref(node.children.get(0));
            case "function_expression": {
                List<Object> args = new ArrayList<>();
                for (Node child : node.children) args.add(eval(child, value));
                return Functions.call((String) node.value, args);
            }
            case "filter_projection": {
                if (!(eval(node.children.get(0), value) instanceof List<?> base)) return null;
                List<Object> collected = new ArrayList<>();
                for (Object element : base) {
                    if (isTrue(eval(node.children.get(2), element))) {
                        Object current = eval(node.children.get(1), element);
                        if (current != null) collected.add(current);
                    }
                }
                return Collections.unmodifiableList(collected);
            }
            case "flatten": {
                if (!(eval(node.children.get(0), value) instanceof List<?> base)) return null;
                List<Object> merged = new ArrayList<>();
                for (Object element : base) {
                    if (element instanceof List<?> l) merged.addAll(l); else merged.add(element);
                }
                return Collections.unmodifiableList(merged);
            }
            case "index": {
                if (!(value instanceof List<?> l)) return null;
                int i = (Integer) node.value;
                if (i < 0) i += l.size();
                return i >= 0 && i < l.size() ? l.get(i) : null;
            }
            case "slice": return value instanceof List<?> l ? slice(l, (Integer[]) node.value) : null;
            case "key_val_pair": return eval(node.children.get(0), value);
            case "literal": return node.value;
            case "multi_select_dict": {
                if (value == null) return null;
                Map<String, Object> collected = new LinkedHashMap<>();
                for (Node child : node.children) collected.put((String) child.value, eval(child, value));
                return new AwsMap(collected);
            }
            case "multi_select_list": {
                if (value == null) return null;
                List<Object> collected = new ArrayList<>();
                for (Node child : node.children) collected.add(eval(child, value));
                return Collections.unmodifiableList(collected);
            }
            case "or_expression": {
                Object matched = eval(node.children.get(0), value);
                return isFalse(matched) ? eval(node.children.get(1), value) : matched;
            }
            case "and_expression": {
                Object matched = eval(node.children.get(0), value);
                return isFalse(matched) ? matched : eval(node.children.get(1), value);
            }
            case "not_expression": {
                Object original = eval(node.children.get(0), value);
                if (isNumber(original)) return false;
                return !pythonTruthy(original);
            }
            case "projection": {
                if (!(eval(node.children.get(0), value) instanceof List<?> base)) return null;
                return project(base, node.children.get(1));
            }
            case "value_projection": {
                if (!(eval(node.children.get(0), value) instanceof Map<?, ?> base)) return null;
                return project(base.values(), node.children.get(1));
            }
            default: throw new IllegalStateException(node.type);
        }
    }

    private static List<Object> project(Collection<?> base, Node right) {
        List<Object> collected = new ArrayList<>();
        for (Object element : base) {
            Object current = eval(right, element);
            if (current != null) collected.add(current);
        }
        return Collections.unmodifiableList(collected);
    }

    /** Python's slice of a list, step 0 refused as Python refuses it. */
    private static List<Object> slice(List<?> l, Integer[] parts) {
        int step = parts[2] == null ? 1 : parts[2];
        if (step == 0) throw new JmesPathError("invalid-value", "slice step cannot be zero");
        int n = l.size();
        int start = bound(parts[0], step < 0 ? n - 1 : 0, n, step);
        int stop = bound(parts[1], step < 0 ? -1 : n, n, step);
        List<Object> out = new ArrayList<>();
        if (step > 0) for (int i = start; i < stop; i += step) out.add(l.get(i));
        else for (int i = start; i > stop; i += step) out.add(l.get(i));
        return Collections.unmodifiableList(out);
    }

    private static int bound(Integer given, int otherwise, int n, int step) {
        if (given == null) return otherwise;
        int i = given;
        if (i < 0) {
            i += n;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= n) {
            i = step < 0 ? n - 1 : n;
        }
        return i;
    }

    /** jmespath's false: null, false, "", [] or {} (an empty Set or byte[] is true, as in boto3). */
    static boolean isFalse(Object v) {
        return v == null || Boolean.FALSE.equals(v) || "".equals(v) || (v instanceof List<?> l && l.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    private static boolean isTrue(Object v) { return !isFalse(v); }

    /** Python's own truth, for {@code !}: empty sets and bytes are false too. */
    private static boolean pythonTruthy(Object v) {
        if (isFalse(v)) return false;
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof byte[] b) return b.length > 0;
        return true;
    }

    // ------------------------------------------------------------------------------------------ Python's types

    /** Python's type name for a value as boto3 would hold it. */
    static String pythonType(Object v) {
        if (v == null) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof String) return "str";
        if (v instanceof List<?>) return "list";
        if (v instanceof Map<?, ?>) return "dict";
        if (isInt(v)) return "int";
        if (v instanceof Double || v instanceof Float) return "float";
        if (v instanceof BigDecimal) return "Decimal";
        if (v instanceof Instant) return "datetime";
        if (v instanceof byte[]) return "bytes";
        if (v instanceof Set<?>) return "set";
        if (v instanceof Expref) return "_Expression";
        return v.getClass().getSimpleName();
    }

    /** jmespath's type name: string, number, boolean, array, object, null, expref; "unknown" for the rest (datetime, Decimal). */
    static String jmespathType(Object v) {
        return switch (pythonType(v)) {
            case "bool" -> "boolean";
            case "list" -> "array";
            case "dict" -> "object";
            case "NoneType" -> "null";
            case "str" -> "string";
            case "float", "int" -> "number";
            case "_Expression" -> "expref";
            default -> "unknown";
        };
    }

    private static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger;
    }

    /** numbers.Number but not bool: int, float, Decimal. */
    static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    static int compareNumbers(Object a, Object b) {
        double da = ((Number) a).doubleValue();
        double db = ((Number) b).doubleValue();
        if (Double.isNaN(da) || Double.isNaN(db) || Double.isInfinite(da) || Double.isInfinite(db)) return Double.compare(da, db);
        return decimal(a).compareTo(decimal(b));
    }

    private static BigDecimal decimal(Object n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof BigInteger i) return new BigDecimal(i);
        if (n instanceof Double || n instanceof Float) return new BigDecimal(((Number) n).doubleValue());
        return BigDecimal.valueOf(((Number) n).longValue());
    }

    /** Strings by code point, as Python compares them. */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Object compare(String op, Object left, Object right) {
        switch (op) {
            case "eq": return jmespathEquals(left, right);
            case "ne": return !jmespathEquals(left, right);
            default:
        }
        boolean leftComparable = isNumber(left) || left instanceof String;
        boolean rightComparable = isNumber(right) || right instanceof String;
        if (!leftComparable || !rightComparable) return null;
        int c;
        if (left instanceof String a && right instanceof String b) {
            c = compareStrings(a, b);
        } else if (isNumber(left) && isNumber(right)) {
            c = compareNumbers(left, right);
        } else {
            String symbol = Map.of("lt", "<", "gt", ">", "lte", "<=", "gte", ">=").get(op);
            throw new JmesPathError("invalid-type", "'" + symbol + "' not supported between instances of '" + pythonType(left)
                    + "' and '" + pythonType(right) + "'");
        }
        return switch (op) {
            case "lt" -> c < 0;
            case "gt" -> c > 0;
            case "lte" -> c <= 0;
            default -> c >= 0;
        };
    }

    /** jmespath's {@code ==}: Python's, except that 0 and 1 never equal false and true. */
    private static boolean jmespathEquals(Object x, Object y) {
        if (isNumber(x) && (x instanceof Number n) && (compareNumbers(n, 0) == 0 || compareNumbers(n, 1) == 0) && y instanceof Boolean) return false;
        if (isNumber(y) && (y instanceof Number n) && (compareNumbers(n, 0) == 0 || compareNumbers(n, 1) == 0) && x instanceof Boolean) return false;
        return pythonEquals(x, y);
    }

    /** Python's {@code ==} on the values boto3 holds. */
    static boolean pythonEquals(Object x, Object y) {
        if (x == null || y == null) return x == y;
        Object nx = x instanceof Boolean b ? (b ? 1 : 0) : x;
        Object ny = y instanceof Boolean b ? (b ? 1 : 0) : y;
        if (isNumber(nx) && isNumber(ny)) return compareNumbers(nx, ny) == 0;
        if (x instanceof List<?> a && y instanceof List<?> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!pythonEquals(a.get(i), b.get(i))) return false;
            return true;
        }
        if (x instanceof Map<?, ?> a && y instanceof Map<?, ?> b) {
            if (a.size() != b.size()) return false;
            for (Map.Entry<?, ?> e : a.entrySet()) {
                if (!b.containsKey(e.getKey()) || !pythonEquals(e.getValue(), b.get(e.getKey()))) return false;
            }
            return true;
        }
        if (x instanceof byte[] a && y instanceof byte[] b) return Arrays.equals(a, b);
        return x.equals(y);
    }

    // ------------------------------------------------------------------------------------- to_string, as json.dumps

    private static final DateTimeFormatter PYTHON_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** {@code json.dumps(value, separators=(',', ':'), default=str)}, as jmespath's to_string writes it. */
    static String dumps(Object v) {
        StringBuilder out = new StringBuilder();
        dump(v, out);
        return out.toString();
    }

    private static void dump(Object v, StringBuilder out) {
        if (v == null) out.append("null");
        else if (v instanceof Boolean b) out.append(b ? "true" : "false");
        else if (v instanceof String s) Json.pythonQuote(s, out);
        else if (isInt(v)) out.append(v);
        else if (v instanceof Double || v instanceof Float) out.append(pythonFloat(((Number) v).doubleValue()));
        else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                dump(l.get(i), out);
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                Json.pythonQuote(String.valueOf(e.getKey()), out);
                out.append(':');
                dump(e.getValue(), out);
            }
            out.append('}');
        } else {
            Json.pythonQuote(pythonStr(v), out);   // default=str: the value's str(), as a JSON string
        }
    }

    /** Python's str() of the values that are not JSON: a datetime, a Decimal, bytes, a set. */
    static String pythonStr(Object v) {
        if (v instanceof Instant t) {
            var utc = t.atOffset(ZoneOffset.UTC);
            String micros = t.getNano() / 1000 == 0 ? "" : String.format(".%06d", t.getNano() / 1000);
            return PYTHON_DATETIME.format(utc) + micros + "+00:00";
        }
        if (v instanceof BigDecimal d) return d.toString();
        if (v instanceof byte[] b) {
            StringBuilder s = new StringBuilder("b'");
            for (byte x : b) {
                int c = x & 0xff;
                if (c == '\\' || c == '\'') s.append('\\').append((char) c);
                else if (c == '\n') s.append("\\n");
                else if (c == '\r') s.append("\\r");
                else if (c == '\t') s.append("\\t");
                else if (c >= 0x20 && c < 0x7f) s.append((char) c);
                else s.append(String.format("\\x%02x", c));
            }
            return s.append('\'').toString();
        }
        if (v instanceof Set<?> set) {
            if (set.isEmpty()) return "set()";
            List<String> items = new ArrayList<>();
            for (Object x : set) items.add(x instanceof String s ? "'" + s + "'" : pythonStr(x));
            return "{" + String.join(", ", items) + "}";
        }
        if (v instanceof Double || v instanceof Float) return pythonFloat(((Number) v).doubleValue());
        return String.valueOf(v);
    }

    /** Python's repr of a float: the shortest digits, exponent form below 1e-4 and from 1e16. */
    static String pythonFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = b.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = b.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    // ----------------------------------------------------------------------------------------------- the functions

    private static final class Functions {
        private record Signature(int arity, boolean variadic, List<List<String>> types) {}

        private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
                Map.entry("abs", sig(false, List.of("number"))),
                Map.entry("avg", sig(false, List.of("array-number"))),
                Map.entry("not_null", sig(true, List.of())),
                Map.entry("to_array", sig(false, List.of())),
                Map.entry("to_string", sig(false, List.of())),
                Map.entry("to_number", sig(false, List.of())),
                Map.entry("contains", sig(false, List.of("array", "string"), List.of())),
                Map.entry("length", sig(false, List.of("string", "array", "object"))),
                Map.entry("ends_with", sig(false, List.of("string"), List.of("string"))),
                Map.entry("starts_with", sig(false, List.of("string"), List.of("string"))),
                Map.entry("reverse", sig(false, List.of("array", "string"))),
                Map.entry("ceil", sig(false, List.of("number"))),
                Map.entry("floor", sig(false, List.of("number"))),
                Map.entry("join", sig(false, List.of("string"), List.of("array-string"))),
                Map.entry("map", sig(false, List.of("expref"), List.of("array"))),
                Map.entry("max", sig(false, List.of("array-number", "array-string"))),
                Map.entry("merge", sig(true, List.of("object"))),
                Map.entry("min", sig(false, List.of("array-number", "array-string"))),
                Map.entry("sort", sig(false, List.of("array-string", "array-number"))),
                Map.entry("sum", sig(false, List.of("array-number"))),
                Map.entry("keys", sig(false, List.of("object"))),
                Map.entry("values", sig(false, List.of("object"))),
                Map.entry("type", sig(false, List.of())),
                Map.entry("sort_by", sig(false, List.of("array"), List.of("expref"))),
                Map.entry("min_by", sig(false, List.of("array"), List.of("expref"))),
                Map.entry("max_by", sig(false, List.of("array"), List.of("expref"))));

        @SafeVarargs
        private static Signature sig(boolean variadic, List<String>... types) { return new Signature(types.length, variadic, List.of(types)); }

        /** jmespath's REVERSE_TYPES_MAP, on Python's type names. */
        private static final Map<String, List<String>> PYTHON_TYPES = Map.of("boolean", List.of("bool"), "array", List.of("list"),
                "object", List.of("dict"), "null", List.of("NoneType"), "string", List.of("str"), "number", List.of("float", "int"),
                "expref", List.of("_Expression"));

        static Object call(String name, List<Object> args) {
            Signature s = SIGNATURES.get(name);
            if (s == null) throw new JmesPathError("unknown-function", "Unknown function: " + name + "()");
            if (s.variadic() ? args.size() < s.arity() : args.size() != s.arity()) {
                throw new JmesPathError("invalid-arity", "Expected " + (s.variadic() ? "at least " : "") + s.arity() + " argument"
                        + (s.arity() == 1 ? "" : "s") + " for function " + name + "(), received " + args.size());
            }
            for (int i = 0; i < s.types().size(); i++) typeCheck(name, args.get(i), s.types().get(i));
            return switch (name) {
                case "abs" -> isInt(args.get(0)) ? integer(bigInteger(args.get(0)).abs()) : Math.abs(((Number) args.get(0)).doubleValue());
                case "avg" -> avg(list(args.get(0)));
                case "not_null" -> args.stream().filter(a -> a != null).findFirst().orElse(null);
                case "to_array" -> args.get(0) instanceof List<?> ? args.get(0) : Collections.singletonList(args.get(0));
                case "to_string" -> args.get(0) instanceof String ? args.get(0) : dumps(args.get(0));
                case "to_number" -> toNumber(args.get(0));
                case "contains" -> contains(args.get(0), args.get(1));
                case "length" -> args.get(0) instanceof String str ? str.codePointCount(0, str.length())
                        : args.get(0) instanceof List<?> l ? l.size() : ((Map<?, ?>) args.get(0)).size();
                case "ends_with" -> ((String) args.get(0)).endsWith((String) args.get(1));
                case "starts_with" -> ((String) args.get(0)).startsWith((String) args.get(1));
                case "reverse" -> {
                    if (args.get(0) instanceof String str) yield new StringBuilder(str).reverse().toString();
                    List<Object> r = new ArrayList<>(list(args.get(0)));
                    Collections.reverse(r);
                    yield Collections.unmodifiableList(r);
                }
                case "ceil" -> isInt(args.get(0)) ? args.get(0) : integer(new BigDecimal(Math.ceil(((Number) args.get(0)).doubleValue())).toBigInteger());
                case "floor" -> isInt(args.get(0)) ? args.get(0) : integer(new BigDecimal(Math.floor(((Number) args.get(0)).doubleValue())).toBigInteger());
                case "join" -> String.join((String) args.get(0), list(args.get(1)).stream().map(x -> (String) x).toList());
                case "map" -> {
                    List<Object> out = new ArrayList<>();
                    for (Object element : list(args.get(1))) out.add(eval(((Expref) args.get(0)).node(), element));
                    yield Collections.unmodifiableList(out);
                }
                case "max" -> list(args.get(0)).isEmpty() ? null : list(args.get(0)).stream().max(JmesPath::compareSame).orElse(null);
                case "min" -> list(args.get(0)).isEmpty() ? null : list(args.get(0)).stream().min(JmesPath::compareSame).orElse(null);
                case "merge" -> {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    for (Object a : args) ((Map<?, ?>) a).forEach((k, v) -> merged.put(String.valueOf(k), v));
                    yield new AwsMap(merged);
                }
                case "sort" -> list(args.get(0)).stream().sorted(JmesPath::compareSame).toList();
                case "sum" -> sum(list(args.get(0)));
                case "keys" -> List.copyOf(((Map<?, ?>) args.get(0)).keySet().stream().map(String::valueOf).toList());
                case "values" -> Collections.unmodifiableList(new ArrayList<>(((Map<?, ?>) args.get(0)).values()));
                case "type" -> typeName(args.get(0));
                case "sort_by" -> sortBy(list(args.get(0)), ((Expref) args.get(1)).node());
                case "min_by", "max_by" -> minMaxBy(name, list(args.get(0)), ((Expref) args.get(1)).node());
                default -> throw new IllegalStateException(name);
            };
        }

        /** jmespath's type(): null (Python's None) for a datetime, Decimal, bytes or set. */
        private static String typeName(Object v) {
            String t = jmespathType(v);
            return t.equals("unknown") || t.equals("expref") ? null : t;
        }

        private static void typeCheck(String function, Object value, List<String> types) {
            if (types.isEmpty()) return;
            List<String> allowed = new ArrayList<>();
            List<List<String>> subtypes = new ArrayList<>();
            for (String t : types) {
                String[] parts = t.split("-", 2);
                allowed.addAll(PYTHON_TYPES.get(parts[0]));
                if (parts.length == 2) subtypes.add(PYTHON_TYPES.get(parts[1]));
            }
            String actual = pythonType(value);
            if (!allowed.contains(actual)) throw typeError(function, value, jmespathType(value), types);
            if (subtypes.isEmpty()) return;
            List<?> elements = (List<?>) value;
            if (subtypes.size() == 1) {
                for (Object e : elements) if (!subtypes.get(0).contains(pythonType(e))) throw typeError(function, e, pythonType(e), types);
            } else if (!elements.isEmpty()) {
                String first = pythonType(elements.get(0));
                List<String> chosen = subtypes.stream().filter(s -> s.contains(first)).findFirst()
                        .orElseThrow(() -> typeError(function, elements.get(0), first, types));
                for (Object e : elements) if (!chosen.contains(pythonType(e))) throw typeError(function, e, pythonType(e), types);
            }
        }

        private static JmesPathError typeError(String function, Object value, String received, List<String> expected) {
            return new JmesPathError("invalid-type", "In function " + function + "(), invalid type for value: " + pythonStr(value)
                    + ", expected one of: " + expected.stream().map(t -> "'" + t + "'").toList() + ", received: \"" + received + "\"");
        }

        private static List<?> list(Object v) { return (List<?>) v; }

        private static Object avg(List<?> l) {
            if (l.isEmpty()) return null;
            Object total = sum(l);
            if (total instanceof Double d) return d / l.size();
            return new BigDecimal(bigInteger(total)).divide(BigDecimal.valueOf(l.size()), MathContext.DECIMAL128).doubleValue();
        }

        private static Object sum(List<?> l) {
            BigInteger ints = BigInteger.ZERO;
            Double floats = null;
            for (Object x : l) {
                if (floats != null) floats += ((Number) x).doubleValue();
                else if (isInt(x)) ints = ints.add(bigInteger(x));
                else floats = ints.doubleValue() + ((Number) x).doubleValue();
            }
            return floats != null ? floats : integer(ints);
        }

        private static Object toNumber(Object v) {
            if (v == null || v instanceof List<?> || v instanceof Map<?, ?> || v instanceof Boolean) return null;
            if (isInt(v) || v instanceof Double || v instanceof Float) return v;
            if (v instanceof BigDecimal d) return integer(d.toBigInteger());   // Python's int(Decimal) truncates
            if (!(v instanceof String)) return null;
            String s = ((String) v).strip();
            if (Pattern.matches("[+-]?\\d+(_\\d+)*", s)) return integer(new BigInteger(s.replace("_", "")));
            if (Pattern.matches("[+-]?((\\d+(_\\d+)*)?\\.?\\d+(_\\d+)*|\\d+(_\\d+)*\\.)([eE][+-]?\\d+)?", s)) return Double.parseDouble(s.replace("_", ""));
            String lower = s.toLowerCase();
            if (lower.matches("[+-]?(inf|infinity)")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            if (lower.matches("[+-]?nan")) return Double.NaN;
            return null;
        }

        private static boolean contains(Object subject, Object search) {
            if (subject instanceof String s) {
                if (!(search instanceof String needle)) {
                    throw new JmesPathError("invalid-type", "'in <string>' requires string as left operand, not " + pythonType(search));
                }
                return s.contains(needle);
            }
            for (Object e : list(subject)) if (pythonEquals(e, search)) return true;
            return false;
        }

        private static List<?> sortBy(List<?> array, Node expref) {
            if (array.isEmpty()) return array;
            String required = jmespathType(eval(expref, array.get(0)));
            if (!required.equals("number") && !required.equals("string")) {
                throw typeError("sort_by", array.get(0), required, List.of("string", "number"));
            }
            List<Object[]> keyed = new ArrayList<>();
            for (Object element : array) keyed.add(new Object[] {key("sort_by", expref, element, List.of(required)), element});
            keyed.sort((a, b) -> compareSame(a[0], b[0]));
            return keyed.stream().map(k -> k[1]).toList();
        }

        private static Object minMaxBy(String name, List<?> array, Node expref) {
            if (array.isEmpty()) return null;
            Object best = null;
            Object bestKey = null;
            for (Object element : array) {
                Object k = key(name, expref, element, List.of("number", "string"));
                if (bestKey == null || (name.equals("max_by") ? compareSame(k, bestKey) > 0 : compareSame(k, bestKey) < 0)) {
                    best = element;
                    bestKey = k;
                }
            }
            return best;
        }

        private static Object key(String function, Node expref, Object element, List<String> allowed) {
            Object k = eval(expref, element);
            String type = jmespathType(k);
            if (!allowed.contains(type)) throw typeError(function, k, type, allowed);
            return k;
        }

        private static BigInteger bigInteger(Object n) { return n instanceof BigInteger b ? b : BigInteger.valueOf(((Number) n).longValue()); }

        /** A whole number as the smallest of Integer, Long, BigInteger that holds it. */
        private static Object integer(BigInteger b) {
            if (b.bitLength() < 32) return b.intValue();
            if (b.bitLength() < 64) return b.longValue();
            return b;
        }
    }

    /** Two numbers, or two strings, as Python orders them; a string and a number is Python's TypeError. */
    private static int compareSame(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) return compareStrings(x, y);
        if (isNumber(a) && isNumber(b)) return compareNumbers(a, b);
        throw new JmesPathError("invalid-type", "'<' not supported between instances of '" + pythonType(a) + "' and '" + pythonType(b) + "'");
    }
}
