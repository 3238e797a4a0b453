package dev.awsjshell.errors;

/** botocore's PartialCredentialsError: a source holds part of a set of keys (a key id without its secret). */
public class PartialCredentialsError extends ToolkitError {
    private final String provider;
    private final String credVar;

    public PartialCredentialsError(String provider, String credVar) {
        super("Partial credentials found in " + provider + ", missing: " + credVar);
        this.provider = provider;
        this.credVar = credVar;
    }

    public String provider() { return provider; }
    public String credVar() { return credVar; }
}
