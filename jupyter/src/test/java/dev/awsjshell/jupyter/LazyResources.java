package dev.awsjshell.jupyter;

import dev.awsjshell.display.Tabular;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ResourceCollection;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for a resource collection (S3's buckets, say) that never ends: it counts the items it was asked for, as a
 * real one would count requests. Its items are only Tabular, which is all a table reads of a resource.
 */
final class LazyResources extends ResourceCollection<Resource> {
    final AtomicInteger fetched = new AtomicInteger();

    LazyResources() { super(null); }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public Iterator<Resource> iterator() {
        Iterator items = new Iterator<Tabular>() {
            @Override public boolean hasNext() { return true; }
            @Override public Tabular next() {
                int n = fetched.incrementAndGet();
                return () -> Map.of("name", "bucket-" + n);
            }
        };
        return items;
    }

    @Override public String toString() { return "s3.buckets(lazy)"; }
}
