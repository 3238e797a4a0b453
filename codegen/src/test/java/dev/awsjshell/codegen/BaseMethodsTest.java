package dev.awsjshell.codegen;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The names the views inherit are read from the base classes, so a method added there is seen at the next build. */
class BaseMethodsTest {
    @Test
    void aResourceViewInheritsTheEnginesPublicAndProtectedMethodsAndObjects() {
        assertThat(ViewGenerator.RESOURCE.signatures()).contains(
                "meta()", "load()", "reload()", "row()", "get(String)", "action(String)", "action(String, Map)",
                "custom(String, Object...)", "reference(String)", "subresource(String, String...)", "collection(String)",
                "waitUntil(String, Map)", "identifier(String)", "attribute(String, Class)", "actionList(String, Map)",
                "typedCollection(String)", "equals(Object)", "hashCode()", "toString()", "getClass()", "wait()", "wait(long)",
                "notify()", "notifyAll()", "clone()", "finalize()");
        assertThat(ViewGenerator.RESOURCE.names()).doesNotContain("availableSubresources", "all", "stream", "<init>");
        assertThat(ViewGenerator.SERVICE_RESOURCE.signatures()).contains("availableSubresources()", "meta()", "subresource(String, String...)");
    }

    @Test
    void aCollectionViewInheritsResourceCollectionsMethodsAndIterables() {
        assertThat(ViewGenerator.COLLECTION.signatures()).contains(
                "all()", "filter(Map)", "limit(int)", "pageSize(int)", "pages()", "iterator()", "stream()", "table()", "toList()",
                "batch(String)", "batch(String, Map)", "forEach(Consumer)", "spliterator()", "hashCode()");
        assertThat(ViewGenerator.COLLECTION.names()).doesNotContain("meta", "load");
    }

    @Test
    void aViewMethodClashesWhenOneCallCouldFitBoth() {
        BaseMethods r = ViewGenerator.RESOURCE;
        assertThat(r.takes("meta", List.of())).isTrue();
        assertThat(r.takes("meta", List.of(Map.class))).isFalse();
        assertThat(r.takes("get", List.of(String.class))).isTrue();
        assertThat(r.takes("get", List.of(Map.class))).isFalse();
        assertThat(r.takes("get", List.of())).isFalse();
        // subresource(String, String...): any number of strings after the first, a String[] too
        assertThat(r.takes("subresource", List.of(String.class))).isTrue();
        assertThat(r.takes("subresource", List.of(String.class, String.class, String.class))).isTrue();
        assertThat(r.takes("subresource", List.of(String.class, String[].class))).isTrue();
        assertThat(r.takes("subresource", List.of())).isFalse();
        assertThat(r.takes("subresource", List.of(String.class, Map.class))).isFalse();
        // equals(String) would take equals("x") from equals(Object)
        assertThat(r.takes("equals", List.of(String.class))).isTrue();
        assertThat(r.takes("equals", List.of(Map.class))).isTrue();
        assertThat(r.takes("wait", List.of(Long.class))).isTrue();
        assertThat(r.takes("wait", List.of(String.class))).isFalse();
        assertThat(ViewGenerator.COLLECTION.takes("limit", List.of(Integer.class))).isTrue();
        assertThat(ViewGenerator.COLLECTION.takes("limit", List.of())).isFalse();
    }
}
