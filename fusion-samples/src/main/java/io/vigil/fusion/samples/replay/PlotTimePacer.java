package io.vigil.fusion.samples.replay;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a replay by plot time (the {@code --realtime} option): a plot is published no
 * earlier than its time after the first plot's, on the wall clock. Plot times that run
 * backwards are published at once (they arrived late, as on a live link).
 */
final class PlotTimePacer {

    private long firstPlotNanos = Long.MIN_VALUE;
    private long startWallNanos;

    /**
     * Waits until the plot is due.
     *
     * @param plotTimeNanos the plot's measurement time, nanoseconds since the Unix epoch
     */
    void awaitPlot(final long plotTimeNanos) {
        if (firstPlotNanos == Long.MIN_VALUE) {
            firstPlotNanos = plotTimeNanos;
            startWallNanos = System.nanoTime();
            return;
        }
        final long due = startWallNanos + (plotTimeNanos - firstPlotNanos);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
