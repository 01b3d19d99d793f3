package io.vigil.fusion.trajectory;

import io.vigil.fusion.motion.MotionModel;

/**
 * A state and its covariance carried by a motion model to a surface crossing
 * ({@link SurfaceCrossing}, transition matrices without process noise) and projected onto
 * the surface there ({@link CrossingProjection}): the linearised impact, forwards, and the
 * launch, backwards. Allocation-free after construction; one instance per thread.
 */
final class LinearisedCrossing {

    private final MotionModel motion;
    private final double surfaceHeightM;
    private final int n;
    private final SurfaceCrossing crossing;
    private final CrossingProjection projection = new CrossingProjection();
    private final double[] state;
    private final double[] covariance;
    /** The estimate in progress. */
    private long startNanos;
    private ImpactEstimate out;

    /**
     * @throws IllegalArgumentException if the height is not finite or the horizon not positive
     */
    LinearisedCrossing(final MotionModel motion, final double surfaceHeightM, final double horizonSeconds) {
        if (!Double.isFinite(surfaceHeightM)) {
            throw new IllegalArgumentException("surface height must be finite, got " + surfaceHeightM);
        }
        this.motion = motion;
        this.surfaceHeightM = surfaceHeightM;
        this.n = motion.dimension();
        this.crossing = new SurfaceCrossing(n, horizonSeconds);
        this.state = new double[n];
        this.covariance = new double[n * n];
    }

    /** Fills {@code out} from the crossing of (x, p) at timeNanos; clears it if there is none. */
    boolean estimate(final long timeNanos, final double[] x, final double[] p, final boolean backwards,
        final ImpactEstimate out) {
        begin(timeNanos, x, p, backwards, out);
        while (!step()) {
            // one propagation step or refinement at a time
        }
        return out.valid();
    }

    /** Starts {@link #estimate} as pieces for {@link #step}; x and p are copied. */
    void begin(final long timeNanos, final double[] x, final double[] p, final boolean backwards,
        final ImpactEstimate out) {
        System.arraycopy(x, 0, state, 0, n);
        System.arraycopy(p, 0, covariance, 0, n * n);
        this.startNanos = timeNanos;
        this.out = out;
        crossing.begin(motion, state, covariance, backwards, surfaceHeightM);
    }

    /** Does the next piece; once done, {@code out} holds the estimate (or is cleared). */
    boolean step() {
        if (!crossing.step()) {
            return false;
        }
        final double dt = crossing.seconds();
        if (Double.isNaN(dt)) {
            out.clear();
        } else {
            projection.project(startNanos + Math.round(dt * 1e9), state, covariance, n, out);
        }
        return true;
    }

    MotionModel motion() {
        return motion;
    }

    double surfaceHeightM() {
        return surfaceHeightM;
    }

    int dimension() {
        return n;
    }

    SurfaceCrossing crossing() {
        return crossing;
    }

    CrossingProjection projection() {
        return projection;
    }
}
