package dev.awsjshell;

import dev.awsjshell.internal.Pretty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of maps as an aligned text table, for the prompt: {@code s3.call("list_objects_v2", ...).table("Contents")}.
 * Columns are the keys of the rows, in first-seen order; a long list is cut with a count of what was left out.
 */
public final class Table {
    public static final int DEFAULT_MAX_ROWS = 50;
    private static final int MAX_CELL = 48;

    private final List<Map<String, ?>> rows;
    private final List<String> columns;
    private final int maxRows;

    private Table(List<Map<String, ?>> rows, int maxRows) {
        this.rows = rows;
        this.maxRows = maxRows;
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> keys.addAll(r.keySet()));
        this.columns = List.copyOf(keys);
    }

    /** A table of any maps or {@link Tabular} rows (resources), or of a list of values (one column named {@code value}). */
    public static Table of(Iterable<?> items) { return of(items, DEFAULT_MAX_ROWS); }

    public static Table of(Iterable<?> items, int maxRows) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Object item : items) rows.add(item instanceof Map<?, ?> m ? cast(m) : item instanceof Tabular t ? t.row() : Map.of("value", String.valueOf(item)));
        return new Table(rows, maxRows);
    }

    public List<String> columns() { return columns; }
    public int size() { return rows.size(); }

    @Override public String toString() {
        if (rows.isEmpty()) return "(no rows)";
        List<Map<String, ?>> shown = rows.subList(0, Math.min(maxRows, rows.size()));
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Map<String, ?> r : shown) widths[c] = Math.max(widths[c], cell(r.get(columns.get(c))).length());
        }
        StringBuilder b = new StringBuilder();
        line(b, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) rule.add("-".repeat(w));
        line(b, rule, widths);
        for (Map<String, ?> r : shown) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) cells.add(cell(r.get(c)));
            line(b, cells, widths);
        }
        b.append(rows.size() > shown.size() ? "... " + (rows.size() - shown.size()) + " more (" + rows.size() + " rows)" : "(" + rows.size() + " rows)");
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            b.append(cell).append(i < cells.size() - 1 ? " ".repeat(widths[i] - cell.length() + 2) : "");
        }
        b.append('\n');
    }

    private static String cell(Object v) {
        if (v == null) return "";
        String s = v instanceof String str ? str : v instanceof Map<?, ?> || v instanceof Collection<?> ? Pretty.format(v) : String.valueOf(v);
        s = s.replace('\n', ' ');
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) { return (Map<String, ?>) m; }
}
