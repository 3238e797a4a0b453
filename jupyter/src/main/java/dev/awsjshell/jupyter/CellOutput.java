package dev.awsjshell.jupyter;

import dev.awsjshell.display.LiveOutput;

import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.display.DisplayData;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where output goes that the rapaio kernel (3.0.1) would leave in the server's terminal, and the in-place display.
 * <ul>
 * <li>The kernel routes {@code System.out} to the cell only while it evaluates Java; a magic such as
 * {@code %load ../startup.jsh} runs before that, so the banner printed by startup.jsh went to the terminal. Standard
 * output written while a request is being handled goes to that request's cell here; between requests, to the
 * terminal as before.</li>
 * <li>A {@link LiveOutput} on Jupyter's {@code display_data} with a {@code display_id}, then
 * {@code update_display_data}: the progress bar is one output that moves.</li>
 * </ul>
 */
final class CellOutput {
    private CellOutput() {}

    static void install(RapaioKernel kernel, Channels channels) {
        System.setOut(new PrintStream(new ToCell(channels, System.out), true, StandardCharsets.UTF_8));
        LiveOutput.install((text, html) -> {
            String id = UUID.randomUUID().toString();
            kernel.display(data(id, text, html));
            return (t, h) -> kernel.updateDisplay(data(id, t, h));
        });
    }

    static DisplayData data(String id, String text, String html) {
        DisplayData d = DisplayData.fromText(text);
        if (html != null) d.putHTML(html);
        d.setDisplayId(id);
        return d;
    }

    /** Whole lines (or what a flush hands over) to the current request's cell, or to the terminal between requests. */
    static final class ToCell extends OutputStream {
        private final Channels channels;
        private final PrintStream terminal;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        ToCell(Channels channels, PrintStream terminal) {
            this.channels = channels;
            this.terminal = terminal;
        }

        @Override public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') flush();
        }

        @Override public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            for (int i = off; i < off + len; i++) if (b[i] == '\n') {
                flush();
                return;
            }
        }

        @Override public synchronized void flush() {
            if (pending.size() == 0) return;
            String text = pending.toString(StandardCharsets.UTF_8);
            pending.reset();
            if (channels.hasMsgId()) channels.writeToStdOut(text);
            else {
                terminal.print(text);
                terminal.flush();
            }
        }
    }
}
