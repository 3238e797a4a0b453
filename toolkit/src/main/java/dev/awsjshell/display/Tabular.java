package dev.awsjshell.display;

import java.util.Map;

/** Something that shows as one row of a {@link Table}: a resource shows its identifiers and the data it already has. */
public interface Tabular {
    Map<String, ?> row();
}
