package dev.awsjshell.services.s3;

import dev.awsjshell.display.Html;
import dev.awsjshell.display.LiveOutput;

import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * A text progress bar for S3 transfers: {@code s3.uploadFile("big.bin", "b", "k", Progress.bar())}. In a notebook it is
 * one display that each percent replaces (a {@link LiveOutput}); on a terminal it is redrawn in place with a carriage
 * return; elsewhere (a log, a pipe: no console) it prints a whole line at every 10%, which any output keeps readable.
 * Concurrent parts never move it backwards.
 */
public final class Progress implements TransferListener {
    private static final int WIDTH = 30;
    private static final int LINE_STEP = 10;
    private static final long UNKNOWN_SIZE_STEP = 10L * 1024 * 1024;
    private final PrintStream out;
    private final boolean redraw;
    private final LiveOutput live;
    private LiveOutput.Display display;
    private long shown = -1;

    private Progress(PrintStream out, boolean redraw, LiveOutput live) {
        this.out = out;
        this.redraw = redraw || live != null;
        this.live = live;
    }

    /** The bar on standard output: a display updated in place in a notebook, a redrawn line at a terminal, else lines. */
    public static Progress bar() {
        return new Progress(System.out, System.console() != null, System.console() == null ? LiveOutput.current().orElse(null) : null);
    }

    public static Progress bar(PrintStream out) { return new Progress(out, System.console() != null, null); }

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
        if (redraw && live == null) out.println();
    }

    @Override public synchronized void transferFailed(Context.TransferFailed context) {
        shown = Long.MAX_VALUE;
        if (live != null) show("failed: " + context.exception().getMessage(), -1);
        else out.println((redraw ? " " : "") + "failed: " + context.exception().getMessage());
    }

    /** The line as drawn, for a given state: public so that a notebook display or a test can show it. */
    public static String line(long done, OptionalLong total, int percent) {
        if (percent < 0) return String.format("%s transferred", size(done));
        int filled = percent * WIDTH / 100;
        return String.format("[%s%s] %3d%% %s / %s", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, size(done), size(total.getAsLong()));
    }

    private void draw(long done, OptionalLong total, int percent) {
        if (live != null) show(line(done, total, percent), percent);
        else if (redraw) out.print("\r" + line(done, total, percent));
        else out.println(line(done, total, percent));
        out.flush();
    }

    /** The bar as text and as an HTML progress element with the same line beside it; the first call shows, later ones update. */
    private void show(String text, int percent) {
        String html = (percent < 0 ? "" : "<progress class=\"aws-jshell-progress\" max=\"100\" value=\"" + percent + "\"></progress> ")
                + "<code>" + Html.escape(text) + "</code>";
        if (display == null) display = live.show(text, html);
        else display.update(text, html);
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format("%.1f KiB", bytes / 1024.0);
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    @Override public String toString() { return "Progress.bar()"; }
}
