package dev.awsjshell;

import dev.awsjshell.display.Table;
import dev.awsjshell.display.Tabular;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TableHtmlTest {
    private static List<Map<String, Object>> objects(int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Key", "logs/file-" + i + ".txt");
            row.put("Size", i * 100);
            rows.add(row);
        }
        return rows;
    }

    private static int count(String html, String tag) {
        Matcher m = Pattern.compile(Pattern.quote(tag)).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void sameColumnsRowsAndCutAsTheTextTable() {
        Table table = new AwsMap(Map.of("Contents", objects(60))).table("Contents");
        String html = table.toHtml();

        assertThat(html).startsWith("<table>").contains("<thead><tr><th>Key</th><th>Size</th></tr></thead>");
        assertThat(count(html, "<tr>")).isEqualTo(1 + Table.DEFAULT_MAX_ROWS);
        assertThat(html).contains("<tr><td>logs/file-0.txt</td><td>0</td></tr>")
                .contains("<td>logs/file-49.txt</td>").doesNotContain("logs/file-50.txt");
        assertThat(html).endsWith("</table>\n<p>… 10 more (60 rows)</p>");
        assertThat(table.toString()).endsWith("... 10 more (60 rows)");
    }

    @Test
    void shortTableCountsItsRowsAndLeavesMissingCellsEmpty() {
        List<Map<String, Object>> rows = objects(2);
        rows.add(Map.of("Key", "dir/", "Owner", Map.of("ID", "abc")));
        String html = Table.of(rows).toHtml();

        assertThat(html).contains("<th>Key</th><th>Size</th><th>Owner</th>")
                .contains("<tr><td>logs/file-0.txt</td><td>0</td><td></td></tr>")
                .contains("<tr><td>dir/</td><td></td><td>abc</td></tr>")   // a nested owner shows as its ID
                .endsWith("<p>(3 rows)</p>");
    }

    @Test
    void escapesEveryTextSoAValueCannotInjectMarkup() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("<b>Name</b>", "<script>alert('x')</script> & \"more\"");
        String html = Table.of(List.of(row)).toHtml();

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("<th>&lt;b&gt;Name&lt;/b&gt;</th>")
                .contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</td>");
    }

    @Test
    void longCellsAreCutAsInTheTextTable() {
        String longValue = "x".repeat(200) + "\nsecond line";
        String html = Table.of(List.of(Map.of("Policy", longValue))).toHtml();

        assertThat(html).contains("<td>" + "x".repeat(47) + "…</td>");
    }

    @Test
    void emptyTableSaysSo() {
        assertThat(Table.of(List.of()).toHtml()).isEqualTo("<p>(no rows)</p>");
    }

    @Test
    void firstReadsOnlyOneItemPastTheRowsItShowsAndSaysTheRestWereNotFetched() {
        AtomicInteger fetched = new AtomicInteger();
        Iterable<Tabular> endless = () -> new Iterator<>() {
            @Override public boolean hasNext() { return true; }
            @Override public Tabular next() {
                int n = fetched.incrementAndGet();
                return () -> Map.of("Name", "bucket-" + n);
            }
        };
        Table table = Table.first(endless, 5);

        assertThat(fetched).hasValue(5);
        assertThat(table.size()).isEqualTo(5);
        assertThat(table.hasMore()).isTrue();
        assertThat(table.toString()).endsWith("... more not fetched (first 5 rows)");
        assertThat(table.toHtml()).contains("<td>bucket-5</td>").endsWith("<p>… more not fetched (first 5 rows)</p>");
    }

    @Test
    void firstOfAShortCollectionCountsIt() {
        Table table = Table.first(objects(3), 5);

        assertThat(table.hasMore()).isFalse();
        assertThat(table.toHtml()).endsWith("<p>(3 rows)</p>");
    }
}
