package dev.awsjshell.errors;

import java.nio.file.Path;

/** botocore's ConfigParseError: the config or credentials file cannot be read; names the file and the line. */
public class ConfigParseError extends ToolkitError {
    private final Path path;

    public ConfigParseError(Path path, String problem) {
        super("Unable to parse config file: " + path + ": " + problem);
        this.path = path;
    }

    public Path path() { return path; }
}
