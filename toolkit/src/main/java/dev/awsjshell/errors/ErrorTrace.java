package dev.awsjshell.errors;

/** An error's whole stack trace and cause chain as text, which prints whole: {@code Aws.lastError()}. */
public record ErrorTrace(ToolkitError error, String text) {
    @Override public String toString() { return text; }
}
