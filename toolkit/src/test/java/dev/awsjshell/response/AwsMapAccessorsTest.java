package dev.awsjshell.response;

import dev.awsjshell.client.Params;
import dev.awsjshell.errors.ParamValidationError;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nested responses read without casts, and parameters written without Map.of's limits. */
class AwsMapAccessorsTest {
    static final Instant WHEN = Instant.parse("2022-01-05T08:05:37Z");
    static final AwsMap RECEIVED = new AwsMap(Map.of(
            "Messages", List.of(Map.of("MessageId", "m1", "ReceiptHandle", "rh-1", "Body", "job-1", "Attributes", Map.of("SentTimestamp", "1641369937000"))),
            "Owner", Map.of("ID", "o1", "DisplayName", "me"),
            "Contents", List.of(Map.of("Key", "a.txt", "Size", 3L, "LastModified", WHEN), Map.of("Key", "b.txt", "Size", 0L, "LastModified", WHEN)),
            "KeyCount", 2, "IsTruncated", false, "price", new BigDecimal("42"),
            "Metadata", Map.of("x.y", "dotted"),
            "ResponseMetadata", Map.of("HTTPStatusCode", 200)));

    @Test
    void typedAccessorsTakeAKeyOrAPath() {
        assertThat(RECEIVED.string("Messages[0].ReceiptHandle")).isEqualTo("rh-1");
        assertThat(RECEIVED.maps("Messages")).singleElement().satisfies(m -> assertThat(m.string("Body")).isEqualTo("job-1"));
        assertThat(RECEIVED.map("Owner").string("DisplayName")).isEqualTo("me");
        assertThat(RECEIVED.map("Messages[0].Attributes").string("SentTimestamp")).isEqualTo("1641369937000");
        assertThat(RECEIVED.integer("KeyCount")).isEqualTo(2);
        assertThat(RECEIVED.integer("price")).as("a DynamoDB number").isEqualTo(42);
        assertThat(RECEIVED.longValue("Contents[0].Size")).isEqualTo(3L);
        assertThat(RECEIVED.decimal("Contents[0].Size")).isEqualByComparingTo("3");
        assertThat(RECEIVED.bool("IsTruncated")).isFalse();
        assertThat(RECEIVED.instant("Contents[1].LastModified")).isEqualTo(WHEN);
        assertThat(RECEIVED.integer("ResponseMetadata.HTTPStatusCode")).isEqualTo(200);
        assertThat(RECEIVED.strings("Contents[].Key")).containsExactly("a.txt", "b.txt");
        assertThat(RECEIVED.strings("Contents[?Size > `0`].Key")).containsExactly("a.txt");
        assertThat(RECEIVED.list("Contents")).hasSize(2);
        assertThat(RECEIVED.path("Messages[0].MessageId")).isEqualTo("m1");
        assertThat(RECEIVED.search("length(Contents)", Integer.class)).isEqualTo(2);
        assertThat(RECEIVED.map("Metadata").string("x.y")).as("a key with a dot is a key first").isEqualTo("dotted");
        assertThat(RECEIVED.string("Metadata.\"x.y\"")).as("and a quoted name in a path").isEqualTo("dotted");
    }

    @Test
    void absentIsNullOrEmptyAndAWrongTypeSaysWhat() {
        assertThat(RECEIVED.string("Messages[5].ReceiptHandle")).isNull();
        assertThat(RECEIVED.integer("NoSuch")).isNull();
        assertThat(RECEIVED.maps("NoSuch")).isEmpty();
        assertThat(RECEIVED.strings("NoSuch[].Key")).isEmpty();
        assertThat(RECEIVED.map("NoSuch")).isEmpty();
        assertThat(RECEIVED.string("Content-Type")).as("an absent key that JMESPath would not parse").isNull();
        assertThatThrownBy(() -> RECEIVED.string("Owner")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'Owner' is a map {").hasMessageContaining("not a string");
        assertThatThrownBy(() -> RECEIVED.integer("Messages[0].Body")).hasMessageContaining("'Messages[0].Body' is a string job-1, not a number");
        assertThatThrownBy(() -> RECEIVED.maps("Contents[].Key")).hasMessageContaining("not a list of maps");
        assertThatThrownBy(() -> new AwsMap(Map.of("big", 1L << 40)).integer("big")).hasMessageContaining("fits an int");
        assertThatThrownBy(() -> RECEIVED.search("KeyCount", String.class)).hasMessageContaining("not String");
    }

    @Test
    void paramsTakeAnyNumberOfPairsAndNulls() {
        Map<String, Object> p = Params.of("Bucket", "b", "Key", "k", "Body", "x", "ContentType", "text/plain", "CacheControl", "no-cache",
                "ContentDisposition", "inline", "ContentEncoding", "gzip", "ContentLanguage", "en", "Expires", Instant.EPOCH,
                "Metadata", Map.of("a", "1"), "StorageClass", "STANDARD", "Tagging", null);
        assertThat(p).hasSize(12).containsEntry("Tagging", null);
        assertThat(p.keySet()).startsWith("Bucket", "Key", "Body").endsWith("Tagging");
        assertThat(Params.list("a", null)).containsExactly("a", null);
        assertThatThrownBy(() -> p.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Params.of("Bucket", "b", "Key")).isInstanceOf(ParamValidationError.class)
                .hasMessageContaining("the last name (Key) has no value");
        assertThatThrownBy(() -> Params.of(1, "b")).hasMessageContaining("argument 1 should be a parameter name");
        assertThatThrownBy(() -> Params.of("a", 1, "a", 2)).hasMessageContaining("'a' is given twice");
        assertThat(new HashMap<>(p)).isEqualTo(p);
    }
}
