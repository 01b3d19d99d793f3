package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;

import io.vigil.fusion.filter.GaussianFilter;

/**
 * A Vigil {@link GaussianFilter} (EKF or UKF) on a {@link PlanarReentryMotion}, with a fixed
 * prior: the benchmark's four-state filters, and the five-state filters that estimate
 * u = ln beta as well.
 */
final class GaussianTracker implements PlanarTracker {

    private final String name;
    private final GaussianFilter filter;
    private final PlanarReentryMotion motion;
    private final double[] priorMean;
    private final double[] priorCovariance;
    private final int n;
    private final double[] state;
    private final double[] covariance;

    /**
     * @param name label for tables
     * @param filter the filter, sized for the motion's dimension and 2 measurements
     * @param motion the motion model (n = 4, or 5 with ln beta last)
     * @param priorMean the n-element initial mean
     * @param priorCovariance the n x n initial covariance, row-major
     */
    GaussianTracker(
        final String name, final GaussianFilter filter, final PlanarReentryMotion motion,
        final double[] priorMean, final double[] priorCovariance) {
        this.n = motion.dimension();
        if (priorMean.length != n || priorCovariance.length != n * n) {
            throw new IllegalArgumentException(name + ": prior of " + priorMean.length + " elements and "
                + priorCovariance.length + " covariance entries for a state of dimension " + n);
        }
        this.name = name;
        this.filter = filter;
        this.motion = motion;
        this.priorMean = priorMean.clone();
        this.priorCovariance = priorCovariance.clone();
        this.state = new double[n];
        this.covariance = new double[n * n];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        System.arraycopy(priorMean, 0, state, 0, n);
        System.arraycopy(priorCovariance, 0, covariance, 0, n * n);
    }

    @Override
    public void step(final double dtSeconds, final RangeElevationMeasurement plot) {
        filter.predict(motion, state, covariance, dtSeconds);
        filter.update(plot, state, covariance, n);
    }

    @Override
    public void estimate(final double[] stateOut, final double[] covarianceOut) {
        System.arraycopy(state, 0, stateOut, 0, KINEMATIC);
        for (int a = 0; a < KINEMATIC; a++) {
            System.arraycopy(covariance, a * n, covarianceOut, a * KINEMATIC, KINEMATIC);
        }
    }

    @Override
    public double logBallisticCoefficient() {
        return n > KINEMATIC ? state[PlanarReentryDynamics.LOG_BETA] : Double.NaN;
    }
}
