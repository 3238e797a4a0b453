package dev.awsjshell.display;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {
    @Test
    void aNestedOwnerShowsAsItsNameAndOtherMapsOnOneShortLine() {
        var owner = new LinkedHashMap<String, Object>();
        owner.put("DisplayName", "CustomersName@amazon.com");
        owner.put("ID", "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a");
        var row = new LinkedHashMap<String, Object>();
        row.put("Key", "a.txt");
        row.put("Owner", owner);
        row.put("Restore", Map.of("IsRestoreInProgress", false));
        row.put("Checksums", List.of("CRC32", "SHA256"));
        Table t = Table.of(List.of(row));

        assertThat(t.toHtml()).contains("<td>CustomersName@amazon.com</td>", "<td>IsRestoreInProgress=false</td>", "<td>[CRC32, SHA256]</td>")
                .doesNotContain("75aa57f0", "{");
        assertThat(t.toString()).contains("CustomersName@amazon.com").doesNotContain("DisplayName");
        assertThat(Table.compact(Map.of("ID", "abc"))).isEqualTo("abc");
    }
}
