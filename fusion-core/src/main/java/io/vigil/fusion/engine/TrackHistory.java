package io.vigil.fusion.engine;

import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackFilter;
import io.vigil.fusion.track.TrackPrediction;

/**
 * Per track slot, what exact out-of-sequence re-processing needs: the last plots that
 * updated the track (copies, in time order), the track's whole estimate after each, and the
 * estimate before the oldest of them (the base, with its time). A late plot is fused by
 * restoring the estimate just before its time, applying it, and applying the plots after it
 * again, each re-saved: the result is what in-order arrival would have given, to the
 * rounding of the same operations.
 *
 * <p>Bounded: {@code depth} plots per track. When a track's history is full, the oldest plot
 * leaves it and its estimate becomes the base, so a late plot is exact only if it is no
 * older than the base; older ones are the caller's fallback. Everything is allocated at
 * construction: per track (depth + 1) estimates and depth plot copies (for the flight-phase
 * IMM about 2 kB per estimate). Fusion thread only.
 */
final class TrackHistory {

    private final int depth;
    private final PlotSlot[][] plots;
    private final TrackPrediction[][] after;
    private final TrackPrediction[] base;
    private final long[] baseTime;
    private final int[] count;

    TrackHistory(final int maxTracks, final int depth, final TrackFilter filter) {
        this.depth = depth;
        this.plots = new PlotSlot[maxTracks][depth];
        this.after = new TrackPrediction[maxTracks][depth];
        this.base = new TrackPrediction[maxTracks];
        this.baseTime = new long[maxTracks];
        this.count = new int[maxTracks];
        for (int t = 0; t < maxTracks; t++) {
            base[t] = filter.newPrediction();
            for (int k = 0; k < depth; k++) {
                plots[t][k] = new PlotSlot();
                after[t][k] = filter.newPrediction();
            }
        }
    }

    /** A new track: its estimate now is the base; no plots yet. */
    void start(final Track track, final TrackFilter filter) {
        final int slot = track.slot();
        filter.save(track, base[slot]);
        baseTime[slot] = track.timeNanos();
        count[slot] = 0;
    }

    /** Whether a plot of this time can be re-processed exactly (not older than the base). */
    boolean covers(final Track track, final long timeNanos) {
        return depth > 0 && timeNanos >= baseTime[track.slot()];
    }

    /**
     * Inserts a plot in time order (after those of the same time) and returns its position;
     * a full history first gives up its oldest plot to the base. The caller then re-applies
     * the plots from the returned position on ({@link #plot}, {@link #after}).
     *
     * @return the position of the inserted plot, or -1 if it is older than the base once room is made
     */
    int insert(final Track track, final PlotSlot plot, final TrackFilter filter) {
        final int slot = track.slot();
        if (count[slot] == depth) {
            forgetOldest(slot);
        }
        final int k = lastAtOrBefore(track, plot.timeNanos) + 1;
        if (k == 0 && plot.timeNanos < baseTime[slot]) {
            return -1;
        }
        final PlotSlot freePlot = plots[slot][count[slot]];
        final TrackPrediction freeEstimate = after[slot][count[slot]];
        for (int j = count[slot]; j > k; j--) {
            plots[slot][j] = plots[slot][j - 1];
            after[slot][j] = after[slot][j - 1];
        }
        plots[slot][k] = freePlot;
        after[slot][k] = freeEstimate;
        freePlot.copyFrom(plot);
        count[slot]++;
        return k;
    }

    /** The oldest plot leaves; its estimate becomes the base (references swap, no copy). */
    private void forgetOldest(final int slot) {
        final TrackPrediction oldBase = base[slot];
        final PlotSlot oldPlot = plots[slot][0];
        base[slot] = after[slot][0];
        baseTime[slot] = oldPlot.timeNanos;
        for (int j = 1; j < count[slot]; j++) {
            plots[slot][j - 1] = plots[slot][j];
            after[slot][j - 1] = after[slot][j];
        }
        count[slot]--;
        plots[slot][count[slot]] = oldPlot;
        after[slot][count[slot]] = oldBase;
    }

    /**
     * The position of the last plot at or before a time (the estimate after it is the track's
     * just before a plot of that time), or -1 for the base.
     */
    int lastAtOrBefore(final Track track, final long timeNanos) {
        final int slot = track.slot();
        int k = count[slot];
        while (k > 0 && plots[slot][k - 1].timeNanos > timeNanos) {
            k--;
        }
        return k - 1;
    }

    /** The number of plots held for a track. */
    int count(final Track track) {
        return count[track.slot()];
    }

    /** The plot at a position (time order). */
    PlotSlot plot(final Track track, final int k) {
        return plots[track.slot()][k];
    }

    /** The estimate after the plot at a position, or the base for position -1. */
    TrackPrediction after(final Track track, final int k) {
        return k < 0 ? base[track.slot()] : after[track.slot()][k];
    }

    /** The time of the estimate after the plot at a position, or the base's for -1. */
    long timeAfter(final Track track, final int k) {
        return k < 0 ? baseTime[track.slot()] : plots[track.slot()][k].timeNanos;
    }
}
