package io.vigil.fusion.samples.replay;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on a terminal for replays longer than about two seconds: the part of the
 * plot file read, plots published and the rate, redrawn at most five times a second.
 * Quiet when the output is not a terminal (a pipe, a file, a test), so logs stay clean.
 */
final class TerminalProgress implements Replay.Progress {

    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private static final int BAR_WIDTH = 30;

    private long nextDrawNanos = startNanos + SHOW_AFTER_NANOS;
    private boolean drawn;

    private TerminalProgress(final PrintWriter err) {
        this.err = err;
    }

    /**
     * A progress display if the process is attached to a terminal, else none.
     *
     * @param err where the line is drawn
     * @return the display
     */
    static Replay.Progress forConsole(final PrintWriter err) {
        return System.console() == null ? Replay.Progress.NONE : new TerminalProgress(err);
    }

    @Override
    public void plotsRead(final long plots, final double fraction) {
        if ((plots & 1023) != 0) {
            return;
        }
        final long now = System.nanoTime();
        if (now < nextDrawNanos) {
            return;
        }
        nextDrawNanos = now + REDRAW_NANOS;
        final double seconds = (now - startNanos) * 1e-9;
        final int filled = (int) Math.round(Math.min(1.0, fraction) * BAR_WIDTH);
        err.printf(Locale.ROOT, "\rreplay [%s%s] %3.0f %%  %,d plots  %,.0f plots/s   ", "#".repeat(filled),
            " ".repeat(BAR_WIDTH - filled), 100.0 * fraction, plots, plots / seconds);
        err.flush();
        drawn = true;
    }

    @Override
    public void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
