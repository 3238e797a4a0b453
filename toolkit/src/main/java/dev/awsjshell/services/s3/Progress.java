package dev.awsjshell.services.s3;

import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * A text progress bar for S3 transfers: {@code s3.uploadFile("big.bin", "b", "k", Progress.bar())}. On a terminal it is
 * redrawn in place with a carriage return; elsewhere (a notebook cell, a log, a pipe: no console) it prints a whole
 * line at every 10%, which any output keeps readable. Concurrent parts never move it backwards.
 */
public final class Progress implements TransferListener {
    private static final int WIDTH = 30;
    private static final int LINE_STEP = 10;
    private static final long UNKNOWN_SIZE_STEP = 10L * 1024 * 1024;
    private final PrintStream out;
    private final boolean redraw;
    private long shown = -1;

    private Progress(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    public static Progress bar() { return bar(System.out); }

    public static Progress bar(PrintStream out) { return new Progress(out, System.console() != null); }

    @Override public void bytesTransferred(Context.BytesTransferred context) {
        long done = context.progressSnapshot().transferredBytes();
        OptionalLong total = context.progressSnapshot().totalBytes();
        int percent = total.isPresent() && total.getAsLong() > 0 ? (int) Math.min(100, done * 100 / total.getAsLong()) : -1;
        // A redrawn bar moves at every percent; lines come at every 10% (100% only when the transfer is complete).
        long step = percent < 0 ? done / (redraw ? 1 : UNKNOWN_SIZE_STEP) : redraw ? percent : percent / LINE_STEP * LINE_STEP;
        if (!redraw && percent == 100) return;
        synchronized (this) {
            if (step <= shown) return;
            shown = step;
            draw(done, total, percent);
        }
    }

    @Override public synchronized void transferComplete(Context.TransferComplete context) {
        shown = Long.MAX_VALUE;
        draw(context.progressSnapshot().transferredBytes(), context.progressSnapshot().totalBytes(), 100);
        if (redraw) out.println();
    }

    @Override public synchronized void transferFailed(Context.TransferFailed context) {
        shown = Long.MAX_VALUE;
        out.println((redraw ? " " : "") + "failed: " + context.exception().getMessage());
    }

    /** The line as drawn, for a given state: public so that a notebook display or a test can show it. */
    public static String line(long done, OptionalLong total, int percent) {
        if (percent < 0) return String.format("%s transferred", size(done));
        int filled = percent * WIDTH / 100;
        return String.format("[%s%s] %3d%% %s / %s", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, size(done), size(total.getAsLong()));
    }

    private void draw(long done, OptionalLong total, int percent) {
        if (redraw) out.print("\r" + line(done, total, percent));
        else out.println(line(done, total, percent));
        out.flush();
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format("%.1f KiB", bytes / 1024.0);
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    @Override public String toString() { return "Progress.bar()"; }
}
