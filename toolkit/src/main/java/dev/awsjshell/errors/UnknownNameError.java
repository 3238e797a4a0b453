package dev.awsjshell.errors;

import dev.awsjshell.util.Names;

import java.util.Collection;
import java.util.List;

/** A name (service, operation, waiter, profile, Config key...) that does not exist; says the closest valid ones. */
public class UnknownNameError extends ToolkitError {
    private final String name;
    private final List<String> validChoices;

    public UnknownNameError(String kind, String name, Collection<String> validChoices) {
        this(name, validChoices, message(kind, name, validChoices));
    }

    /** For a subclass with a message of its own (botocore's wording). */
    protected UnknownNameError(String name, Collection<String> validChoices, String message) {
        super(message);
        this.name = name;
        this.validChoices = List.copyOf(validChoices);
    }

    public String name() { return name; }
    public List<String> validChoices() { return validChoices; }

    static String message(String kind, String name, Collection<String> choices) {
        StringBuilder m = new StringBuilder("Unknown " + kind + ": '" + name + "'.");
        List<String> close = Names.closest(name, choices, 3);
        if (!close.isEmpty()) m.append(" Did you mean ").append(String.join(" or ", close)).append("?");
        if (choices.size() <= 40) {
            m.append(" Valid: ").append(String.join(", ", choices.stream().sorted().toList()));
        } else {
            m.append(" (").append(choices.size()).append(" valid names)");
        }
        return m.toString();
    }
}
