package dev.awsjshell;

import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {
    @Test
    void alignsColumnsAndCutsLongLists() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Key", "logs/file-" + i + ".txt");
            row.put("Size", i * 100);
            rows.add(row);
        }
        List<String> lines = new AwsMap(Map.of("Contents", rows)).table("Contents").toString().lines().toList();
        int sizeColumn = lines.get(0).indexOf("Size");
        assertThat(lines.get(0)).startsWith("Key ");
        assertThat(lines.get(2)).startsWith("logs/file-0.txt");
        assertThat(lines.subList(2, 52)).allSatisfy(l -> {
            assertThat(l.charAt(sizeColumn - 1)).isEqualTo(' ');
            assertThat(Character.isDigit(l.charAt(sizeColumn))).isTrue();
        });
        assertThat(lines).hasSize(2 + 50 + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("... 10 more (60 rows)");
    }
}
