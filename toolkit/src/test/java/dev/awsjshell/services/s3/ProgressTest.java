package dev.awsjshell.services.s3;

import dev.awsjshell.display.LiveOutput;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.transfer.s3.internal.progress.DefaultTransferProgressSnapshot;
import software.amazon.awssdk.transfer.s3.internal.progress.TransferListenerContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar as a notebook shows it (one display, updated in place) and as a log does (whole lines). */
class ProgressTest {
    private static final long TOTAL = 7L * 1024 * 1024;

    @AfterEach
    void uninstall() { LiveOutput.install(null); }

    @Test
    void inANotebookTheBarIsOneDisplayUpdatedInPlaceUpTo100() {
        List<String> shown = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        LiveOutput.install((text, html) -> {
            shown.add(text + " | " + html);
            return (t, h) -> updates.add(t + " | " + h);
        });
        PrintStream stdout = System.out;
        var printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            transfer(Progress.bar());
        } finally {
            System.setOut(stdout);
        }
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).startsWith("[").contains("<progress class=\"aws-jshell-progress\" max=\"100\" value=\"");
        assertThat(updates).hasSizeGreaterThan(10);
        assertThat(updates.get(updates.size() - 1)).startsWith("[" + "#".repeat(30) + "] 100% 7.0 MiB / 7.0 MiB")
                .contains("value=\"100\"");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void inALogTheBarIsALineAtEvery10Percent() {
        var printed = new ByteArrayOutputStream();
        transfer(Progress.bar(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(11).noneMatch(l -> l.contains("\r"));
        assertThat(lines.get(10)).isEqualTo("[" + "#".repeat(30) + "] 100% 7.0 MiB / 7.0 MiB");
    }

    private static void transfer(Progress bar) {
        for (long done = 0; done <= TOTAL; done += TOTAL / 50) {
            var snapshot = DefaultTransferProgressSnapshot.builder().transferredBytes(done).totalBytes(TOTAL).build();
            bar.bytesTransferred(TransferListenerContext.builder().progressSnapshot(snapshot).build());
        }
        var end = DefaultTransferProgressSnapshot.builder().transferredBytes(TOTAL).totalBytes(TOTAL).build();
        bar.transferComplete(TransferListenerContext.builder().progressSnapshot(end).build());
    }
}
