package dev.awsjshell.jupyter;

import dev.awsjshell.client.PageIterable;
import dev.awsjshell.client.Paginator;
import dev.awsjshell.display.Table;
import dev.awsjshell.display.Tabular;
import dev.awsjshell.model.PaginatorModel;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderers as the kernel finds and uses them: its DisplaySystem loads DisplayProviders with a ServiceLoader and,
 * for a cell's value, takes the first renderer whose class fits; {@code display("text/plain", x)} asks for one MIME type.
 */
class DisplayTest {
    private static final String HTML = "text/html";
    private static final String TEXT = "text/plain";

    /** The HTML a renderer made, inside the left-aligning style and block that every one of ours is wrapped in. */
    private static String html(DisplayData d) {
        String h = (String) d.data().get(HTML);
        assertThat(h).startsWith(AwsDisplayProvider.Renderer.LEFT_ALIGNED).endsWith("</div>");
        return h.substring(AwsDisplayProvider.Renderer.LEFT_ALIGNED.length(), h.length() - "</div>".length());
    }

    private static AwsMap listObjectsResponse(int objects) {
        // As the toolkit converts a response: every structure an AwsMap, in the SDK's member order.
        List<AwsMap> contents = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("Key", "logs/<" + i + ">.txt");
            o.put("Size", 100 * i);
            o.put("LastModified", Instant.parse("2024-05-01T10:00:00Z"));
            contents.add(new AwsMap(o));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ResponseMetadata", new AwsMap(Map.of("RequestId", "R1", "HTTPStatusCode", 200)));
        r.put("IsTruncated", false);
        r.put("Contents", contents);
        r.put("Name", "demo");
        r.put("Owner", new AwsMap(Map.of("ID", "o-1")));
        return new AwsMap(r);
    }

    @Test
    void theKernelsServiceLoaderFindsTheProvider() {
        List<DisplayProvider> providers = ServiceLoader.load(DisplayProvider.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(providers).hasAtLeastOneElementOfType(AwsDisplayProvider.class);
        DisplayProvider ours = providers.stream().filter(p -> p instanceof AwsDisplayProvider).findFirst().orElseThrow();
        assertThat(ours.getDisplayRenderers()).extracting(r -> (Object) r.rendererClass())
                .containsExactly(AwsMap.class, dev.awsjshell.client.Doc.class, dev.awsjshell.errors.ErrorTrace.class, Table.class,
                        PageIterable.class, Tabular.class, Iterable.class);
    }

    @Test
    void anOperationsHelpShowsWholeAsPreformattedText() {
        var doc = dev.awsjshell.session.Session.builder().regionName("us-east-1").build().client("s3").doc("put_object");
        DisplayData d = DisplaySystem.inst().render(doc);
        assertThat((String) d.data().get(HTML)).contains("<pre>s3.put_object(params)").contains("Allowed values: &#39;STANDARD&#39;")
                .endsWith("</pre></div>");
        assertThat(d.data().get(TEXT)).isEqualTo(doc.toString());
    }

    @Test
    void aResponseShowsAsAKeyValueTableWithItsListsAsTables() {
        AwsMap response = listObjectsResponse(3);
        DisplayData d = DisplaySystem.inst().render(response);

        String html = html(d);
        assertThat(html).startsWith("<table>")
                .contains(">Name</th><td style=\"text-align:left;vertical-align:top\">demo</td>")
                .contains("<th>Key</th><th>Size</th><th>LastModified</th>")
                .contains("<td>logs/&lt;2&gt;.txt</td><td>200</td><td>2024-05-01T10:00:00Z</td>")
                .contains("<p>(3 rows)</p>")
                .contains(">ID</th><td style=\"text-align:left;vertical-align:top\">o-1</td>")
                .contains("<details><summary>HTTP 200</summary>");
        assertThat(html).doesNotContain("logs/<");
        assertThat(d.data().get(TEXT)).isEqualTo(response.toString());
    }

    @Test
    void aTableShowsAsItsHtmlTableCutAtTheDefaultRows() {
        Table table = listObjectsResponse(60).table("Contents");
        DisplayData d = DisplaySystem.inst().render(table);

        assertThat(html(d)).isEqualTo(table.toHtml());
        assertThat(html(d)).contains("<table>").endsWith("<p>… 10 more (60 rows)</p>");
        assertThat(d.data().get(TEXT)).isEqualTo(table.toString());
    }

    @Test
    void oneMimeTypeWhenOneIsAskedFor() {
        Table table = listObjectsResponse(2).table("Contents");

        assertThat(DisplaySystem.inst().render("text/plain", table).data()).containsOnlyKeys(TEXT);
        assertThat(DisplaySystem.inst().render("html", table).data()).containsOnlyKeys(HTML);
    }

    @Test
    void secretsInAResponseAreMaskedInBothForms() {
        AwsMap sts = new AwsMap(Map.of("Credentials", Map.of("AccessKeyId", "ASIAEXAMPLE", "SecretAccessKey", "wJalrXUtnFEMI/K7MDENG", "SessionToken", "FwoGZXIvYXdzEJr")));
        DisplayData d = DisplaySystem.inst().render(sts);

        assertThat(d.data().values()).allSatisfy(v -> assertThat((String) v).doesNotContain("wJalrXUtnFEMI").doesNotContain("FwoGZXIvYXdzEJr").contains("****").contains("ASIAEXAMPLE"));
    }

    @Test
    void pagesShowTheFirstPagesItemsAndFetchNoMoreThanATableShows() {
        AtomicInteger requests = new AtomicInteger();
        PageIterable pages = fakeS3(2500, requests).paginate(Map.of("Bucket", "demo"));
        DisplayData d = DisplaySystem.inst().render(pages);

        assertThat(requests).hasValue(1);
        assertThat(html(d)).startsWith("<p><b>Contents of the first page; later pages not fetched</b></p>")
                .contains("<td>k0000</td>").doesNotContain("<td>k0050</td>").endsWith("<p>… 950 more (1000 rows)</p>");
    }

    @Test
    void shortPagesAreAllFetchedAndCounted() {
        AtomicInteger requests = new AtomicInteger();
        PageIterable pages = fakeS3(25, requests).paginate(Map.of("Bucket", "demo", "PaginationConfig", Map.of("PageSize", 10)));
        DisplayData d = DisplaySystem.inst().render(pages);

        assertThat(requests).hasValue(3);
        assertThat(html(d)).startsWith("<p><b>Contents of all 3 pages</b></p>").contains("<td>k0024</td>").endsWith("<p>(25 rows)</p>");
        assertThat((String) d.data().get(TEXT)).startsWith("Contents of all 3 pages\nKey ").endsWith("(25 rows)");
    }

    @Test
    void aResourceShowsAsOneRow() {
        Tabular bucket = () -> Map.of("name", "demo");
        DisplayData d = DisplaySystem.inst().render(bucket);

        assertThat(html(d)).contains("<th>name</th>").contains("<td>demo</td>").endsWith("<p>(1 row)</p>");
    }

    @Test
    void aLazyCollectionOfResourcesIsReadOnlyAsFarAsTheTableShows() {
        LazyResources buckets = new LazyResources();
        DisplayData d = DisplaySystem.inst().render(buckets);

        assertThat(buckets.fetched).hasValue(Table.DEFAULT_MAX_ROWS);
        assertThat(html(d)).contains("<td>bucket-50</td>").endsWith("<p>… more not fetched (first 50 rows)</p>");
    }

    @Test
    void aListOfResourcesOrResponsesIsATableAndOtherListsAreBoto3Lists() {
        List<Tabular> buckets = List.of(() -> Map.of("name", "a"), () -> Map.of("name", "b"));
        assertThat(html(DisplaySystem.inst().render(buckets))).contains("<td>a</td>").contains("<td>b</td>").endsWith("(2 rows)</p>");

        Object contents = listObjectsResponse(2).get("Contents");
        assertThat(html(DisplaySystem.inst().render(contents))).contains("<th>Key</th>");

        AtomicInteger requests = new AtomicInteger();
        Iterable<List<AwsMap>> lazyButNotResources = () -> { requests.incrementAndGet(); return List.<List<AwsMap>>of().iterator(); };
        DisplaySystem.inst().render(lazyButNotResources);
        assertThat(requests).as("an Iterable that is not a resource collection is not iterated").hasValue(0);

        List<String> names = List.of("s3", "sqs");
        DisplayData plain = DisplaySystem.inst().render(names);
        assertThat(plain.data()).containsEntry(TEXT, "['s3', 'sqs']");
        assertThat(html(plain)).isEqualTo("<pre>[&#39;s3&#39;, &#39;sqs&#39;]</pre>");
        assertThat(DisplaySystem.inst().render(List.of()).data()).containsEntry(TEXT, "[]");
    }

    /** S3's ListObjectsV2 as the paginator sees it: MaxKeys per page (1000 by default), a continuation token. */
    private static Paginator fakeS3(int objects, AtomicInteger requests) {
        return new Paginator("list_objects_v2", PaginatorModel.forService("s3").get("list_objects_v2"), params -> {
            requests.incrementAndGet();
            int from = params.containsKey("ContinuationToken") ? Integer.parseInt((String) params.get("ContinuationToken")) : 0;
            int size = params.containsKey("MaxKeys") ? ((Number) params.get("MaxKeys")).intValue() : 1000;
            int to = Math.min(objects, from + size);
            List<AwsMap> contents = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("Key", String.format("k%04d", i));
                o.put("Size", 1);
                contents.add(new AwsMap(o));
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("IsTruncated", to < objects);
            page.put("Contents", contents);
            page.put("KeyCount", contents.size());
            if (to < objects) page.put("NextContinuationToken", String.valueOf(to));
            return new AwsMap(page);
        });
    }
}
