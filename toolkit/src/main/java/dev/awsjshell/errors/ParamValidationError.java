package dev.awsjshell.errors;

import java.util.List;

/** botocore's ParamValidationError: every problem with the parameters of a call, found before anything was sent. */
public class ParamValidationError extends ToolkitError {
    private final List<String> problems;

    public ParamValidationError(String operation, List<String> problems) {
        super("Parameter validation failed for " + operation + ":\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
