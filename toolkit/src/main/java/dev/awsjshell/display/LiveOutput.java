package dev.awsjshell.display;

import java.util.Optional;

/**
 * Output a front end redraws in place: in a notebook, a display that later messages replace (Jupyter's
 * {@code update_display_data}). The Jupyter kernel installs one at start; elsewhere there is none, and a progress bar
 * falls back to a carriage return at a terminal or to whole lines in a log.
 */
public interface LiveOutput {
    /** Shows a new display holding {@code text} (and {@code html} where the front end shows HTML); returns it, to update. */
    Display show(String text, String html);

    /** One display, shown once and replaced by each update. */
    interface Display {
        void update(String text, String html);
    }

    static void install(LiveOutput output) { Holder.current = output; }

    static Optional<LiveOutput> current() { return Optional.ofNullable(Holder.current); }

    final class Holder {
        private static volatile LiveOutput current;

        private Holder() {}
    }
}
