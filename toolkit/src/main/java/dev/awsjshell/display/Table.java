package dev.awsjshell.display;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of maps as an aligned text table, for the prompt: {@code s3.call("list_objects_v2", ...).table("Contents")}, or
 * as an HTML table for a notebook ({@link #toHtml()}). Columns are the keys of the rows, in first-seen order; a long
 * list is cut with a count of what was left out. {@link #first} reads only the first rows of a lazy collection.
 */
public final class Table {
    public static final int DEFAULT_MAX_ROWS = 50;
    private static final int MAX_CELL = 48;

    private final List<Map<String, ?>> rows;
    private final List<String> columns;
    private final int maxRows;
    /** Whether the items went on past the rows read, and the rest were not fetched (see {@link #first}). */
    private final boolean notFetched;

    private Table(List<Map<String, ?>> rows, int maxRows, boolean notFetched) {
        this.rows = rows;
        this.maxRows = maxRows;
        this.notFetched = notFetched;
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> keys.addAll(r.keySet()));
        this.columns = List.copyOf(keys);
    }

    /** A table of any maps or {@link Tabular} rows (resources), or of a list of values (one column named {@code value}). */
    public static Table of(Iterable<?> items) { return of(items, DEFAULT_MAX_ROWS); }

    public static Table of(Iterable<?> items, int maxRows) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Object item : items) rows.add(row(item));
        return new Table(rows, maxRows, false);
    }

    /**
     * A table of the first {@code maxRows} items only, for a collection that fetches as it goes (resources, pages):
     * at most {@code maxRows} items are read, then {@code hasNext()} is asked once; the rest are neither fetched nor
     * counted, and the table says so.
     */
    public static Table first(Iterable<?> items, int maxRows) {
        List<Map<String, ?>> rows = new ArrayList<>();
        Iterator<?> it = items.iterator();
        while (rows.size() < maxRows && it.hasNext()) rows.add(row(it.next()));
        return new Table(rows, maxRows, it.hasNext());
    }

    private static Map<String, ?> row(Object item) {
        return item instanceof Map<?, ?> m ? cast(m) : item instanceof Tabular t ? t.row() : Map.of("value", String.valueOf(item));
    }

    public List<String> columns() { return columns; }
    /** The rows read: all of them for {@link #of}, the first ones for {@link #first}. */
    public int size() { return rows.size(); }

    /** Whether {@link #first} stopped before the end of its items (those after were not fetched). */
    public boolean hasMore() { return notFetched; }

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
        b.append(footer("..."));
        return b.toString();
    }

    /**
     * The same columns, cells and cut as {@link #toString()}, as an HTML table (every text escaped) followed by the
     * line that counts the rows: what a notebook shows.
     */
    public String toHtml() {
        if (rows.isEmpty()) return "<p>" + footer("…") + "</p>";
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        for (String c : columns) b.append("<th>").append(Html.escape(c)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (Map<String, ?> r : rows.subList(0, Math.min(maxRows, rows.size()))) {
            b.append("<tr>");
            for (String c : columns) b.append("<td>").append(Html.escape(cell(r.get(c)))).append("</td>");
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n<p>").append(Html.escape(footer("…"))).append("</p>").toString();
    }

    private String footer(String ellipsis) {
        if (rows.isEmpty()) return "(no rows)";
        if (notFetched) return ellipsis + " more not fetched (first " + rows.size() + " rows)";
        int shown = Math.min(maxRows, rows.size());
        return rows.size() > shown ? ellipsis + " " + (rows.size() - shown) + " more (" + rows.size() + " rows)" : rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)";
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            b.append(cell).append(i < cells.size() - 1 ? " ".repeat(widths[i] - cell.length() + 2) : "");
        }
        b.append('\n');
    }

    private static String cell(Object v) {
        String s = compact(v).replace('\n', ' ');
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    /** Keys by which a nested map is named in a cell: an S3 owner shows as its DisplayName (or ID), a tag as its value. */
    private static final List<String> NAME_KEYS = List.of("DisplayName", "Name", "ID", "Id", "Arn", "Value");

    /** A nested value on one short line: a map by its name when it has one, else {@code k=v, ...}; a list as {@code [a, b]}. */
    static String compact(Object v) {
        if (v == null) return "";
        if (v instanceof Map<?, ?> m) {
            for (String k : NAME_KEYS) if (m.get(k) != null && !(m.get(k) instanceof Map<?, ?>)) return String.valueOf(m.get(k));
            StringBuilder b = new StringBuilder();
            m.forEach((k, x) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(compact(x)));
            return b.toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder("[");
            for (Object x : c) b.append(b.length() == 1 ? "" : ", ").append(compact(x));
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) { return (Map<String, ?>) m; }
}
