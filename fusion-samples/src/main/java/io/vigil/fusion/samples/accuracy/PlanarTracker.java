package io.vigil.fusion.samples.accuracy;

/**
 * One filter configuration of the benchmark, run scan by scan over one true trajectory:
 * started from the prior at t = 0, then predicted over T and updated with each plot. Gives
 * its estimate of the kinematic state [x, xdot, h, hdot] (m, m/s) and that estimate's
 * covariance, so the benchmark can score every configuration alike.
 */
interface PlanarTracker {

    /** @return a short label for tables (for example "EKF") */
    String name();

    /** Resets to the prior at t = 0. */
    void start();

    /**
     * Predicts over a step and updates with a plot.
     *
     * @param dtSeconds the step, s
     * @param plot the plot, loaded
     */
    void step(double dtSeconds, RangeElevationMeasurement plot);

    /**
     * Copies the current estimate.
     *
     * @param stateOut receives [x, xdot, h, hdot] (m, m/s)
     * @param covarianceOut receives their 4 x 4 covariance, row-major
     */
    void estimate(double[] stateOut, double[] covarianceOut);

    /**
     * The current estimate of ln beta, for configurations that estimate it.
     *
     * @return ln of the ballistic coefficient (beta in kg m^-1 s^-2), or NaN if beta is given
     */
    double logBallisticCoefficient();
}
