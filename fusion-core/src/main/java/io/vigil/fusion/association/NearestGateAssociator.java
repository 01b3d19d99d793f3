package io.vigil.fusion.association;

import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackFilter;
import io.vigil.fusion.track.TrackPrediction;
import io.vigil.fusion.track.TrackTable;

/**
 * Associates each plot alone with the live track of smallest normalised innovation squared
 * (NIS) inside a chi-square gate, else with none (the plot then initiates a track). Of two
 * tracks with the same NIS, the one in the lower table slot wins.
 *
 * <p>Two stages per track: a coarse Euclidean test of the plot's position against the
 * track's linearly extrapolated position (within six sigma of the track's position, six of
 * the plot's, and the drift of a 10 g unmodelled acceleration), then, for tracks that pass,
 * the exact gate: the track predicted to the plot's time by the tracks' {@link TrackFilter}
 * (into a workspace; the track is not changed) and the NIS
 * against the gate threshold chi-square(P_G, m).
 *
 * <p>Which tracks the coarse stage visits depends on the constructor. Without an index it
 * tests every live track, in slot order: cost linear in live tracks; this is the reference
 * the indexed form is tested against. With a {@link SpatialTrackIndex} (which its owner keeps
 * current) it tests only the tracks the index returns, a set that contains every track the
 * coarse test passes, in the same slot order, so the result (track, NIS, predicted state) is
 * the same bit for bit at a cost nearly independent of the number of tracks. Plots without
 * a position (line of sight) skip the coarse stage and are gated against every live track
 * either way, as are plots the index cannot pre-filter ({@link SpatialTrackIndex#NO_PREFILTER}),
 * and every plot while the index does not hold as many tracks as the table.
 * Allocation-free; used by the fusion thread only.
 */
public final class NearestGateAssociator implements PlotAssociator {

    private final TrackFilter filter;
    private final double[] thresholds;
    private TrackPrediction candidate;
    private TrackPrediction bestPrediction;
    private final SpatialTrackIndex index;
    private final int[] candidates;
    /** Sized to the first table {@link #gateAll} is given (the index's capacity if any). */
    private int[] gatedSlots;
    private double[] gatedNis;
    private double[] gatedLogDeterminants;
    private int gatedCount;
    private boolean collect;
    private Track best;
    private double bestNis;
    private double lastNis = Double.NaN;

    /**
     * Creates the associator that scans every live track (the linear reference).
     *
     * @param filter the tracks' filter (the engine's): predictions and the NIS
     * @param gateProbability the probability that a plot of the track falls inside its gate, in (0, 1)
     * @param maxMeasurementDimension the largest plot dimension m
     */
    public NearestGateAssociator(final TrackFilter filter, final double gateProbability,
        final int maxMeasurementDimension) {
        this(filter, gateProbability, maxMeasurementDimension, null);
    }

    /**
     * Creates the associator that takes its coarse candidates from a spatial index.
     *
     * @param filter the tracks' filter (the engine's): predictions and the NIS
     * @param gateProbability the probability that a plot of the track falls inside its gate, in (0, 1)
     * @param maxMeasurementDimension the largest plot dimension m
     * @param index the index over the tracks that {@link #associate} is given, kept current by
     *     their owner (see {@link SpatialTrackIndex}); null for the linear scan
     */
    public NearestGateAssociator(final TrackFilter filter, final double gateProbability,
        final int maxMeasurementDimension, final SpatialTrackIndex index) {
        this.filter = filter;
        this.thresholds = new double[maxMeasurementDimension + 1];
        for (int m = 1; m <= maxMeasurementDimension; m++) {
            thresholds[m] = ChiSquare.quantile(gateProbability, m);
        }
        this.candidate = filter.newPrediction();
        this.bestPrediction = filter.newPrediction();
        this.index = index;
        this.candidates = index == null ? null : new int[index.capacity()];
        final int capacity = index == null ? 0 : index.capacity();
        this.gatedSlots = new int[capacity];
        this.gatedNis = new double[capacity];
        this.gatedLogDeterminants = new double[capacity];
    }

    /**
     * Returns the index the coarse stage uses.
     *
     * @return the index, or null for the linear scan
     */
    public SpatialTrackIndex index() {
        return index;
    }

    /**
     * Returns the gate threshold on the NIS for a plot dimension.
     *
     * @param measurementDimension m
     * @return chi-square(P_G, m)
     */
    public double threshold(final int measurementDimension) {
        return thresholds[measurementDimension];
    }

    @Override
    public Track associate(final TrackTable tracks, final MeasurementModel measurement, final long plotTimeNanos,
        final double[] plotPosition) {
        best = null;
        bestNis = Double.POSITIVE_INFINITY;
        gatedCount = 0;
        collect = false;
        visit(tracks, measurement, plotTimeNanos, plotPosition);
        final Track found = best;
        lastNis = found == null ? Double.NaN : bestNis;
        best = null;
        return found;
    }

    /**
     * Finds every live track a plot gates with, for joint assignment: the tracks in slot
     * order, with the NIS and ln det S of each (the track predicted to the plot's time).
     * The same two stages as {@link #associate}; the predictions are not kept.
     *
     * @param tracks the live tracks
     * @param measurement the plot, configured as a measurement model
     * @param plotTimeNanos the plot's time, nanoseconds since the Unix epoch
     * @param plotPosition as for {@link #associate}
     * @return the number of gated tracks, read with {@link #gatedSlot}, {@link #gatedNis} and
     *     {@link #gatedLogDeterminant}
     */
    public int gateAll(final TrackTable tracks, final MeasurementModel measurement, final long plotTimeNanos,
        final double[] plotPosition) {
        if (gatedSlots.length < tracks.capacity()) {
            gatedSlots = new int[tracks.capacity()];
            gatedNis = new double[tracks.capacity()];
            gatedLogDeterminants = new double[tracks.capacity()];
        }
        best = null;
        bestNis = Double.POSITIVE_INFINITY;
        gatedCount = 0;
        collect = true;
        visit(tracks, measurement, plotTimeNanos, plotPosition);
        best = null;
        return gatedCount;
    }

    /**
     * Returns the slot of a track found by the last {@link #gateAll}.
     *
     * @param k 0 .. the count it returned - 1
     * @return the track's table slot
     */
    public int gatedSlot(final int k) {
        return gatedSlots[k];
    }

    /**
     * Returns the NIS of a track found by the last {@link #gateAll}.
     *
     * @param k 0 .. the count it returned - 1
     * @return the NIS
     */
    public double gatedNis(final int k) {
        return gatedNis[k];
    }

    /**
     * Returns ln det S of a track found by the last {@link #gateAll}, S in the plot's units.
     *
     * @param k 0 .. the count it returned - 1
     * @return ln det S
     */
    public double gatedLogDeterminant(final int k) {
        return gatedLogDeterminants[k];
    }

    private void visit(final TrackTable tracks, final MeasurementModel measurement, final long plotTimeNanos,
        final double[] plotPosition) {
        final double threshold = thresholds[measurement.dimension()];
        final int count = index == null || Double.isNaN(plotPosition[0]) || index.size() != tracks.alive()
            ? SpatialTrackIndex.NO_PREFILTER : index.query(plotPosition, plotTimeNanos, candidates);
        if (count == SpatialTrackIndex.NO_PREFILTER) {
            for (int i = 0; i < tracks.limit(); i++) {
                gate(tracks.slot(i), measurement, plotTimeNanos, plotPosition, threshold);
            }
        } else {
            for (int i = 0; i < count; i++) {
                gate(tracks.slot(candidates[i]), measurement, plotTimeNanos, plotPosition, threshold);
            }
        }
    }

    /** Both stages for one track; keeps it if it beats the best so far (ties: the earlier). */
    private void gate(final Track track, final MeasurementModel measurement, final long plotTimeNanos,
        final double[] plotPosition, final double threshold) {
        if (!track.alive()) {
            return;
        }
        final double dt = (plotTimeNanos - track.timeNanos()) * 1e-9;
        if (!Double.isNaN(plotPosition[0]) && !coarselyNear(track, plotPosition, dt)) {
            return;
        }
        final double nis;
        try {
            filter.predict(track, dt, candidate);
            nis = filter.nis(measurement, candidate);
        } catch (final CovarianceException broken) {
            return; // a broken track gates with nothing; the engine's health check drops it
        }
        if (!(nis <= threshold)) {
            return;
        }
        if (collect) {
            gatedSlots[gatedCount] = track.slot();
            gatedNis[gatedCount] = nis;
            gatedLogDeterminants[gatedCount] = filter.lastLogDeterminant();
            gatedCount++;
        } else if (nis < bestNis) {
            bestNis = nis;
            best = track;
            final TrackPrediction kept = bestPrediction;
            bestPrediction = candidate;
            candidate = kept;
        }
    }

    @Override
    public TrackPrediction prediction() {
        return bestPrediction;
    }

    @Override
    public double lastNis() {
        return lastNis;
    }

    private static boolean coarselyNear(final Track track, final double[] plotPosition, final double dt) {
        final double[] x = track.state();
        final double[] p = track.covariance();
        final int n = track.dimension();
        return CoarseGate.near(x[0], x[1], x[2], x[3], x[4], x[5], CoarseGate.positionVariance(p, n),
            CoarseGate.velocityVariance(p, n), plotPosition, dt);
    }
}
