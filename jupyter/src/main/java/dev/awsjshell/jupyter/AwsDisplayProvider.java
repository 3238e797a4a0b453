package dev.awsjshell.jupyter;

import dev.awsjshell.client.Doc;
import dev.awsjshell.client.PageIterable;
import dev.awsjshell.display.Table;
import dev.awsjshell.display.Tabular;
import dev.awsjshell.errors.ErrorTrace;
import dev.awsjshell.response.AwsMap;

import org.rapaio.jupyter.kernel.display.DefaultDisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.sequence.DefaultCollectionDisplayRenderer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The toolkit's renderers for the rapaio kernel's display SPI (found by its ServiceLoader through
 * META-INF/services): a cell's value or {@code display(x)} of a response (AwsMap), a Table, a paginator's pages, a
 * resource (Tabular), a resource collection or a list of resources shows as an HTML table, with the text beside it;
 * an operation's help ({@code doc(op)}) and {@code Aws.lastError()} as preformatted text, whole.
 * The kernel tries these before its own renderers, in this order, taking the first whose class fits the value.
 */
public final class AwsDisplayProvider implements DisplayProvider {
    @Override public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(
                new Renderer(AwsMap.class, v -> Views.awsMap((AwsMap) v)),
                new Renderer(Doc.class, v -> Views.preformatted(v.toString())),
                new Renderer(ErrorTrace.class, v -> Views.preformatted(v.toString())),
                new Renderer(Table.class, v -> Views.table((Table) v)),
                new Renderer(PageIterable.class, v -> Views.pages((PageIterable) v, Table.DEFAULT_MAX_ROWS)),
                new Renderer(Tabular.class, v -> Views.tabular((Tabular) v)),
                // Any Iterable: the kernel asks a renderer about a value's class only, so this one takes every
                // Iterable and hands those that are not resources or responses back to the kernel's own renderers.
                new Renderer(Iterable.class, v -> Views.iterable((Iterable<?>) v, Table.DEFAULT_MAX_ROWS)));
    }

    @Override public List<DisplayTransformer> getDisplayTransformers() { return List.of(); }

    /** HTML and text for a value, or only the one asked for: {@code display("text/plain", x)}, {@code display("html", x)}. */
    static final class Renderer implements DisplayRenderer {
        private static final Set<String> HTML = Set.of("text/html", "html");
        private static final Set<String> TEXT = Set.of("text/plain", "text");
        /** The classic notebook right-aligns table cells; keys, names and values read better from the left. */
        static final String LEFT_ALIGNED = "<style>.aws-jshell-view th, .aws-jshell-view td {text-align: left; vertical-align: top}</style>"
                + "<div class=\"aws-jshell-view\">";
        private final Class<?> type;
        private final Function<Object, Views.View> view;

        Renderer(Class<?> type, Function<Object, Views.View> view) {
            this.type = type;
            this.view = view;
        }

        @Override public Class<?> rendererClass() { return type; }

        @Override public boolean canRender(String mime) { return mime == null || mime.isBlank() || HTML.contains(mime.trim()) || TEXT.contains(mime.trim()); }

        @Override public DisplayData render(String mime, Object value) {
            Views.View v = view.apply(value);
            if (v == null) return value instanceof Collection<?> ? new DefaultCollectionDisplayRenderer().render(mime, value) : new DefaultDisplayRenderer().render(mime, value);
            String m = mime == null ? "" : mime.trim();
            if (TEXT.contains(m)) return DisplayData.fromText(v.text());
            DisplayData d = DisplayData.fromHtml(LEFT_ALIGNED + v.html() + "</div>");
            if (!HTML.contains(m)) d.putText(v.text());
            return d;
        }

        @Override public String toString() { return "aws-jshell renderer of " + type.getSimpleName(); }
    }
}
