package dev.awsjshell.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * The base of every error the toolkit raises itself (botocore's BotoCoreError): nothing was sent when one of these is
 * thrown before a call. Its stack trace starts where the caller's code called the toolkit, as a Python traceback's last
 * line is the user's: the toolkit's and the SDK's frames are left out of {@link #getStackTrace()} (JShell and the
 * notebook kernel print that) and kept whole in {@link #fullTrace()}; {@link #last()} is the last one raised.
 */
public class ToolkitError extends RuntimeException {
    private static final String[] INNER = {"dev.awsjshell.", "software.amazon.awssdk.", "java.lang.reflect.",
            "jdk.internal.reflect.", "java.util.concurrent.", "java.util.stream.", "java.util.ArrayList", "java.lang.Iterable"};
    private static volatile ToolkitError last;
    private transient StackTraceElement[] full;

    public ToolkitError(String message) {
        super(message);
        shorten();
    }

    public ToolkitError(String message, Throwable cause) {
        super(message, cause);
        shorten();
    }

    /** The last error the toolkit raised in this JVM (at the prompt: the one just printed), or null. */
    public static ToolkitError last() { return last; }

    /** This error with every frame, the toolkit's and the SDK's included, and its whole cause chain. */
    public ErrorTrace fullTrace() {
        StackTraceElement[] shown = getStackTrace();
        setStackTrace(full);
        try {
            StringWriter out = new StringWriter();
            printStackTrace(new PrintWriter(out));
            Throwable sdk = sdkCause();
            if (sdk != null && sdk != getCause()) {
                out.append("Caused by (the SDK's exception): ");
                sdk.printStackTrace(new PrintWriter(out));
            }
            return new ErrorTrace(this, out.toString());
        } finally {
            setStackTrace(shown);
        }
    }

    /** What the SDK raised underneath, when it is kept aside rather than as the cause (a {@link ClientError}'s). */
    protected Throwable sdkCause() { return null; }

    private void shorten() {
        full = getStackTrace();
        int first = 0;
        while (first < full.length && inner(full[first].getClassName())) first++;
        if (first > 0 && first < full.length) setStackTrace(Arrays.copyOfRange(full, first, full.length));
        last = this;
    }

    private static boolean inner(String className) {
        for (String prefix : INNER) if (className.startsWith(prefix)) return true;
        return false;
    }
}
