package io.vigil.fusion.samples.replay;

import io.vigil.fusion.engine.PlotPublisher;

/**
 * Publishes clock ticks across gaps between plots, as a live host would from its wall clock:
 * when the next plot is more than one interval after the latest plot time seen, a tick is
 * published at every interval in between, so coasting tracks are reported and time-outs fire
 * during the gap. Plot times that run backwards (link latency) publish nothing. A gap longer
 * than {@link #MAX_GAP_NANOS} is not a coverage gap but a bad time (a mistyped date): it
 * publishes nothing and leaves the clock where it was, so the engine judges the plot against
 * the time before it (and rejects it as too far ahead) instead of being ticked for years.
 */
final class GapTicker {

    /** The longest gap ticked across: a day, far beyond any coverage gap of a ballistic flight. */
    static final long MAX_GAP_NANOS = 86_400_000_000_000L;

    private final long intervalNanos;
    private long clockNanos = Long.MIN_VALUE;
    private long ticks;

    /**
     * Creates the ticker.
     *
     * @param intervalNanos the engine's report interval, nanoseconds
     */
    GapTicker(final long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("tick interval must be > 0 ns, got " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
    }

    /**
     * Publishes the ticks due before a plot and moves the clock to it.
     *
     * @param plotTimeNanos the next plot's measurement time, nanoseconds since the Unix epoch
     * @param publisher where ticks go
     */
    void beforePlot(final long plotTimeNanos, final PlotPublisher publisher) {
        if (clockNanos == Long.MIN_VALUE) {
            clockNanos = plotTimeNanos;
            return;
        }
        if (plotTimeNanos - clockNanos > MAX_GAP_NANOS) {
            return;
        }
        for (long tick = clockNanos + intervalNanos; tick < plotTimeNanos; tick += intervalNanos) {
            publisher.tick(tick);
            clockNanos = tick;
            ticks++;
        }
        clockNanos = Math.max(clockNanos, plotTimeNanos);
    }

    /**
     * Returns the latest plot or tick time, or Long.MIN_VALUE before the first plot.
     *
     * @return nanoseconds since the Unix epoch
     */
    long clockNanos() {
        return clockNanos;
    }

    /**
     * Returns the number of ticks published.
     *
     * @return ticks
     */
    long ticks() {
        return ticks;
    }
}
