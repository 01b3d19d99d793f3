package io.vigil.fusion.trajectory;

import io.vigil.fusion.motion.MotionModel;

/**
 * Estimates where and when an object left the surface by propagating its state backwards
 * with a motion model until it crosses the surface height, its covariance carried along by
 * the model's transition matrices (without process noise, as {@link SurfaceCrossing} does)
 * and projected onto the surface at the crossing ({@link CrossingProjection}).
 *
 * <p>The estimate is only as good as the model over the unobserved past. Back-propagated
 * ballistically from midcourse, it ignores the powered flight: a missile climbs under thrust
 * far more steeply than a ballistic arc through its burnout state, so the ballistic arc
 * meets the ground downrange of the true launch point, and its time is late. Back-propagated
 * from a state observed in boost with the boost model (its thrust acceleration held as
 * estimated), the unobserved part is short and the bias small.
 *
 * <p>Allocation-free after construction; one instance per thread.
 */
public final class LaunchEstimator {

    private final LinearisedCrossing linearised;

    /**
     * Creates an estimator.
     *
     * @param motion the model the past is propagated with (its dimension n is the state's)
     * @param surfaceHeightM the launch site's height, m above the WGS-84 ellipsoid
     * @param horizonSeconds the longest flight searched back, seconds, &gt; 0
     * @throws IllegalArgumentException if the height is not finite or the horizon not positive
     */
    public LaunchEstimator(final MotionModel motion, final double surfaceHeightM, final double horizonSeconds) {
        this.linearised = new LinearisedCrossing(motion, surfaceHeightM, horizonSeconds);
    }

    /**
     * Returns the state dimension the estimator takes.
     *
     * @return n
     */
    public int dimension() {
        return linearised.dimension();
    }

    /**
     * Estimates the launch of a state.
     *
     * @param timeNanos the state's time, ns since the Unix epoch
     * @param x the n-element ECEF state (not modified)
     * @param p its n x n covariance, row-major (not modified)
     * @param out receives the launch point and time; cleared if there is none within the horizon
     * @return whether a launch was estimated
     */
    public boolean estimate(final long timeNanos, final double[] x, final double[] p, final ImpactEstimate out) {
        return linearised.estimate(timeNanos, x, p, true, out);
    }

    /**
     * Starts an estimate that {@link #step} carries out a piece at a time; the result is the
     * same as {@link #estimate}'s however the pieces are spread. The inputs are copied; {@code
     * out} is written when it is done.
     *
     * @param timeNanos the state's time, ns since the Unix epoch
     * @param x the n-element ECEF state (not modified)
     * @param p its n x n covariance, row-major (not modified)
     * @param out receives the launch when done; cleared if there is none within the horizon
     */
    public void begin(final long timeNanos, final double[] x, final double[] p, final ImpactEstimate out) {
        linearised.begin(timeNanos, x, p, true, out);
    }

    /**
     * Does the next piece of the estimate started by {@link #begin}: one propagation step or
     * one refinement of the crossing time.
     *
     * @return true once the estimate is done (the output then holds it, or is cleared)
     */
    public boolean step() {
        return linearised.step();
    }
}
