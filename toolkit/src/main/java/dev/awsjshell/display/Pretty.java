package dev.awsjshell.display;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Readable text for nested maps and lists: one line when short, indented otherwise. */
public final class Pretty {
    private static final int WIDTH = 100;

    private Pretty() {}

    public static String format(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent) {
        String flat = flat(value);
        if (flat.length() + indent <= WIDTH || !(value instanceof Map<?, ?> || value instanceof Collection<?>)) {
            out.append(flat);
            return;
        }
        String pad = " ".repeat(indent + 2);
        if (value instanceof Map<?, ?> m) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(pad).append(e.getKey()).append(": ");
                write(out, e.getValue(), indent + 2);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append('}');
        } else {
            Collection<?> c = (Collection<?>) value;
            out.append("[\n");
            int i = 0;
            for (Object v : c) {
                out.append(pad);
                write(out, v, indent + 2);
                out.append(++i < c.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append(']');
        }
    }

    private static String flat(Object value) {
        if (value instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(flat(v)));
            return b.append('}').toString();
        }
        if (value instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder("[");
            c.forEach(v -> b.append(b.length() > 1 ? ", " : "").append(flat(v)));
            return b.append(']').toString();
        }
        if (value instanceof String s) return "'" + s + "'";
        if (value instanceof byte[] bytes) return "b'<" + bytes.length + " bytes>'";
        if (value instanceof Instant t) return t.toString();
        return String.valueOf(value);
    }
}
