package dev.awsjshell.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * The base of every error the toolkit raises itself (botocore's BotoCoreError): nothing was sent when one of these is
 * thrown before a call. Its stack trace starts where the caller's code called the toolkit, as a Python traceback's last
 * line is the user's: the toolkit's and the SDK's frames are left out of {@link #getStackTrace()} (JShell and the
 * notebook kernel print that) and kept whole in {@link #fullTrace()}; {@link #last()} is the last one raised. An SDK
 * exception underneath is kept aside ({@link #sdkException()}), not as the cause, so that it is not printed with its
 * frames either; other causes stay causes.
 */
public class ToolkitError extends RuntimeException {
    private static final String[] INNER = {"dev.awsjshell.", "software.amazon.awssdk.", "java.lang.reflect.",
            "jdk.internal.reflect.", "java.util.concurrent.", "java.util.stream.", "java.util.ArrayList", "java.lang.Iterable"};
    private static volatile ToolkitError last;
    private transient StackTraceElement[] full;
    private final transient Throwable sdkException;

    public ToolkitError(String message) {
        super(message);
        this.sdkException = null;
        shorten();
    }

    public ToolkitError(String message, Throwable cause) {
        super(message, fromSdk(cause) ? null : cause);
        this.sdkException = fromSdk(cause) ? cause : null;
        shorten();
    }

    /** The SDK's exception underneath ({@code S3Exception}, {@code SdkClientException}, ...), or null. */
    public Throwable sdkException() { return sdkException; }

    private static boolean fromSdk(Throwable cause) {
        return cause != null && cause.getClass().getName().startsWith("software.amazon.awssdk.");
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
            Throwable sdk = sdkException;
            if (sdk != null) {
                out.append("Caused by (the SDK's exception): ");
                sdk.printStackTrace(new PrintWriter(out));
            }
            return new ErrorTrace(this, out.toString());
        } finally {
            setStackTrace(shown);
        }
    }

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
