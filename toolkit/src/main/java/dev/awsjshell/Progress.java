package dev.awsjshell;

import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * A text progress bar for S3 transfers, redrawn in place with a carriage return, which a terminal and a notebook
 * cell both honour: {@code s3.uploadFile("big.bin", "b", "k", Progress.bar())}.
 */
public final class Progress implements TransferListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private volatile int lastPercent = -1;

    private Progress(PrintStream out) { this.out = out; }

    public static Progress bar() { return new Progress(System.out); }

    public static Progress bar(PrintStream out) { return new Progress(out); }

    @Override public void bytesTransferred(Context.BytesTransferred context) {
        long done = context.progressSnapshot().transferredBytes();
        OptionalLong total = context.progressSnapshot().totalBytes();
        int percent = total.isPresent() && total.getAsLong() > 0 ? (int) (done * 100 / total.getAsLong()) : -1;
        if (percent == lastPercent) return;
        lastPercent = percent;
        draw(done, total, percent);
    }

    @Override public void transferComplete(Context.TransferComplete context) {
        draw(context.progressSnapshot().transferredBytes(), context.progressSnapshot().totalBytes(), 100);
        out.println();
    }

    @Override public void transferFailed(Context.TransferFailed context) {
        out.println(" failed: " + context.exception().getMessage());
    }

    /** The line as drawn, for a given state: public so that a notebook display or a test can show it. */
    public static String line(long done, OptionalLong total, int percent) {
        if (percent < 0) return String.format("%s transferred", size(done));
        int filled = percent * WIDTH / 100;
        return String.format("[%s%s] %3d%% %s / %s", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, size(done), size(total.getAsLong()));
    }

    private synchronized void draw(long done, OptionalLong total, int percent) {
        out.print("\r" + line(done, total, percent));
        out.flush();
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format("%.1f KiB", bytes / 1024.0);
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }
}
