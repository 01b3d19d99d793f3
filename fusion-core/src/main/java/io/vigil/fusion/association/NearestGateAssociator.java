package io.vigil.fusion.association;

import io.vigil.fusion.filter.CovarianceException;
import io.vigil.fusion.filter.GaussianFilter;
import io.vigil.fusion.math.ChiSquare;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;
import io.vigil.fusion.track.Track;
import io.vigil.fusion.track.TrackTable;

/**
 * Associates each plot alone with the live track of smallest normalised innovation squared
 * (NIS) inside a chi-square gate, else with none (the plot then initiates a track).
 *
 * <p>Two stages per track: a coarse Euclidean test of the plot's position against the
 * track's linearly extrapolated position (within six sigma of the track's position, six of
 * the plot's, and the drift of a 10 g unmodelled acceleration), then, for tracks that pass,
 * the exact gate: the track predicted to the plot's time in a scratch copy and the NIS
 * against the gate threshold chi-square(P_G, m). The cost is linear in live tracks; the
 * spatial index of the multi-target association replaces the coarse stage.
 * Allocation-free; used by the fusion thread only.
 */
public final class NearestGateAssociator implements PlotAssociator {

    private static final double SIGMAS = 6.0;
    private static final double UNMODELLED_ACCELERATION = 100.0;

    private final GaussianFilter filter;
    private final MotionModel motion;
    private final double[] thresholds;
    private final double[] state;
    private final double[] covariance;
    private final double[] bestState;
    private final double[] bestCovariance;
    private double lastNis = Double.NaN;

    /**
     * Creates the associator.
     *
     * @param filter the filter that computes the NIS (the engine's)
     * @param motion the tracks' motion model
     * @param gateProbability the probability that a plot of the track falls inside its gate, in (0, 1)
     * @param maxMeasurementDimension the largest plot dimension m
     */
    public NearestGateAssociator(final GaussianFilter filter, final MotionModel motion, final double gateProbability,
        final int maxMeasurementDimension) {
        this.filter = filter;
        this.motion = motion;
        this.thresholds = new double[maxMeasurementDimension + 1];
        for (int m = 1; m <= maxMeasurementDimension; m++) {
            thresholds[m] = ChiSquare.quantile(gateProbability, m);
        }
        final int n = motion.dimension();
        this.state = new double[n];
        this.covariance = new double[n * n];
        this.bestState = new double[n];
        this.bestCovariance = new double[n * n];
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
        final double threshold = thresholds[measurement.dimension()];
        Track best = null;
        double bestNis = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tracks.limit(); i++) {
            final Track track = tracks.slot(i);
            if (!track.alive()) {
                continue;
            }
            final double dt = (plotTimeNanos - track.timeNanos()) * 1e-9;
            if (!Double.isNaN(plotPosition[0]) && !coarselyNear(track, plotPosition, dt)) {
                continue;
            }
            final int n = track.dimension();
            System.arraycopy(track.state(), 0, state, 0, n);
            System.arraycopy(track.covariance(), 0, covariance, 0, n * n);
            final double nis;
            try {
                filter.predict(motion, state, covariance, dt);
                nis = filter.nis(measurement, state, covariance, n);
            } catch (final CovarianceException broken) {
                continue; // a broken track gates with nothing; the engine's health check drops it
            }
            if (nis <= threshold && nis < bestNis) {
                bestNis = nis;
                best = track;
                System.arraycopy(state, 0, bestState, 0, n);
                System.arraycopy(covariance, 0, bestCovariance, 0, n * n);
            }
        }
        lastNis = best == null ? Double.NaN : bestNis;
        return best;
    }

    @Override
    public double[] predictedState() {
        return bestState;
    }

    @Override
    public double[] predictedCovariance() {
        return bestCovariance;
    }

    @Override
    public double lastNis() {
        return lastNis;
    }

    private static boolean coarselyNear(final Track track, final double[] plotPosition, final double dt) {
        final double[] x = track.state();
        final double[] p = track.covariance();
        final int n = track.dimension();
        double distance2 = 0.0;
        for (int k = 0; k < 3; k++) {
            final double d = x[k] + x[3 + k] * dt - plotPosition[k];
            distance2 += d * d;
        }
        final double positionVariance = p[0] + p[n + 1] + p[2 * n + 2];
        final double velocityVariance = p[3 * n + 3] + p[4 * n + 4] + p[5 * n + 5];
        final double radius = SIGMAS * Math.sqrt(positionVariance + velocityVariance * dt * dt + plotPosition[3])
            + 0.5 * UNMODELLED_ACCELERATION * dt * dt;
        return distance2 <= radius * radius;
    }
}
