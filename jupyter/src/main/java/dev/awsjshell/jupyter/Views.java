package dev.awsjshell.jupyter;

import dev.awsjshell.client.PageIterable;
import dev.awsjshell.display.Html;
import dev.awsjshell.display.Pretty;
import dev.awsjshell.display.Secrets;
import dev.awsjshell.display.Table;
import dev.awsjshell.display.Tabular;
import dev.awsjshell.resource.ResourceCollection;
import dev.awsjshell.response.AwsMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a notebook shows for the toolkit's values, as HTML and as text for a plain-text front end. Nothing here sends
 * a request except {@link #pages} and {@link #iterable} on a resource collection, and those read only the first
 * {@link Table#DEFAULT_MAX_ROWS} items (and the pages holding them).
 */
final class Views {
    /** Values under these keys are masked: a notebook keeps its outputs in the file. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_TEXT = 2000;
    private static final String LEFT = " style=\"text-align:left;vertical-align:top\"";

    record View(String html, String text) {}

    private Views() {}

    static View table(Table table) { return new View(table.toHtml(), table.toString()); }

    /** Text that keeps its lines and indentation: help, a full stack trace. */
    static View preformatted(String text) { return new View("<pre>" + Html.escape(text) + "</pre>", text); }

    static View tabular(Tabular item) { return table(Table.of(List.of(item))); }

    /** A response as a key/value table: nested maps nest, lists of maps are tables, ResponseMetadata is folded. */
    static View awsMap(Map<?, ?> response) {
        Map<?, ?> shown = (Map<?, ?>) masked(response);
        return new View(mapHtml(shown, 0), Pretty.format(shown));
    }

    /**
     * The items of the first pages, as one table: pages are fetched until there are more items than a table shows or
     * the pages end; the items are those of the first top-level list in a page (the paginator's result key, e.g.
     * Contents). A page with no such list is shown as it is, and no more pages are fetched.
     */
    static View pages(PageIterable pages, int maxRows) {
        Iterator<AwsMap> it = pages.iterator();
        List<Object> items = new ArrayList<>();
        String key = null;
        AwsMap first = null;
        int fetched = 0;
        boolean complete = false;
        while (true) {
            if (!it.hasNext()) {
                complete = true;
                break;
            }
            AwsMap page = it.next();
            fetched++;
            if (first == null) first = page;
            if (key == null) key = listKey(page);
            if (key == null) break;
            if (page.get(key) instanceof List<?> list) items.addAll(list);
            if (items.size() > maxRows) break;
        }
        if (key == null) {
            View page = awsMap(first);
            String title = "Page 1 (no list in it); later pages not fetched";
            return new View(title(title) + page.html(), title + "\n" + page.text());
        }
        String title = key + (complete ? (fetched == 1 ? " of its one page" : " of all " + fetched + " pages") : (fetched == 1 ? " of the first page" : " of the first " + fetched + " pages") + "; later pages not fetched");
        Table table = Table.of(items, maxRows);
        return new View(title(title) + table.toHtml(), title + "\n" + table);
    }

    /**
     * An Iterable as a table when its items are resources or responses: a resource collection, of which only the first
     * rows are read, or a collection in memory whose first item is {@link Tabular} or an {@link AwsMap}; another
     * collection in memory as a list. Any other Iterable is not ours to show (and is not iterated): null.
     */
    static View iterable(Iterable<?> items, int maxRows) {
        if (items instanceof ResourceCollection<?>) return table(Table.first(items, maxRows));
        if (items instanceof Collection<?> c && !c.isEmpty()) {
            Object first = c.iterator().next();
            if (first instanceof Tabular || first instanceof AwsMap) return table(Table.of(c, maxRows));
        }
        if (items instanceof Collection<?> c) return plain(c, maxRows);
        return null;
    }

    /**
     * Any other collection in memory as boto3 prints a list, {@code ['s3', 'sqs']}, cut after so many items (the kernel's
     * own renderer shows {@code ListN{size:2,[s3,sqs]}}).
     */
    private static View plain(Collection<?> c, int maxRows) {
        List<?> list = new ArrayList<>(c);
        int shown = Math.min(list.size(), maxRows);
        String text = cut(Pretty.format(masked(list.subList(0, shown)))) + (list.size() > shown ? " … " + (list.size() - shown) + " more (" + list.size() + " items)" : "");
        return new View("<pre>" + Html.escape(text) + "</pre>", text);
    }

    private static String listKey(Map<String, Object> page) {
        for (Map.Entry<String, Object> e : page.entrySet()) {
            if (!e.getKey().equals("ResponseMetadata") && e.getValue() instanceof List<?>) return e.getKey();
        }
        return null;
    }

    private static String title(String text) { return "<p><b>" + Html.escape(text) + "</b></p>\n"; }

    private static String mapHtml(Map<?, ?> map, int depth) {
        StringBuilder b = new StringBuilder("<table>\n");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            b.append("<tr><th").append(LEFT).append('>').append(Html.escape(String.valueOf(e.getKey()))).append("</th><td").append(LEFT).append('>');
            if (depth == 0 && "ResponseMetadata".equals(e.getKey()) && e.getValue() instanceof Map<?, ?> meta) {
                Object status = meta.get("HTTPStatusCode");
                b.append("<details><summary>").append(status == null ? "" : "HTTP " + Html.escape(String.valueOf(status)))
                        .append("</summary>\n").append(mapHtml(meta, depth + 1)).append("</details>");
            } else {
                b.append(valueHtml(e.getValue(), depth + 1));
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>").toString();
    }

    private static String valueHtml(Object v, int depth) {
        if (v == null) return "";
        if (v instanceof Map<?, ?> m) return m.isEmpty() ? "{}" : depth > MAX_DEPTH ? Html.escape(cut(Pretty.format(m))) : mapHtml(m, depth);
        if (v instanceof Collection<?> c) {
            if (c.isEmpty()) return "[]";
            if (c.stream().allMatch(x -> x instanceof Map<?, ?> || x instanceof Tabular)) return Table.of(c).toHtml();
            List<?> list = new ArrayList<>(c);
            int shown = Math.min(list.size(), Table.DEFAULT_MAX_ROWS);
            String more = list.size() > shown ? " … " + (list.size() - shown) + " more (" + list.size() + " items)" : "";
            return Html.escape(cut(Pretty.format(list.subList(0, shown))) + more);
        }
        if (v instanceof String s) return Html.escape(cut(s));
        return Html.escape(cut(Pretty.format(v)));
    }

    private static String cut(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "… (" + s.length() + " characters)";
    }

    /** A copy with the values under {@link #Secrets.KEYS} masked, at any depth. */
    static Object masked(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(k, x != null && Secrets.KEYS.contains(String.valueOf(k)) ? "****" : masked(x)));
            return copy;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object x : l) copy.add(masked(x));
            return copy;
        }
        return v;
    }
}
