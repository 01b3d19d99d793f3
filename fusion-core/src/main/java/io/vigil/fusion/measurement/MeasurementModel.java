package io.vigil.fusion.measurement;

/**
 * One measurement of a target and how it relates to the state: the measured vector z, its
 * prediction h(x) from a state, the Jacobian dh/dx, the noise covariance R, and the
 * residual between two measurement vectors (with angles wrapped).
 *
 * <p>A measurement model is a reusable flyweight: the fusion thread configures one per
 * plot (sensor position, measured values, sigmas) through the implementation's setters,
 * then hands it to a filter. In Vigil's own models states are ECEF position and velocity
 * (SI units) followed by any extra elements a motion model adds; the measurement depends on
 * the first six only, and the Jacobian's columns for extra elements are zero. (The filters
 * accept any state layout on which a motion and a measurement model agree.) Matrices are flat row-major arrays.
 * Implementations allocate nothing per call; an instance is used by one thread only.
 */
public interface MeasurementModel {

    /**
     * The measurement dimension m.
     *
     * @return m, for example 3 for range, azimuth, elevation
     */
    int dimension();

    /**
     * Writes the measured vector z.
     *
     * @param measurementOut receives the m elements of z, in the model's units
     */
    void measurement(double[] measurementOut);

    /**
     * Predicts the measurement from a state, and optionally its Jacobian.
     *
     * @param state the state (ECEF position, velocity, extras), not modified
     * @param stateDimension n, the number of elements of {@code state} in use
     * @param predictedOut receives the m elements of h(x)
     * @param jacobianOut if not null, receives the m x n Jacobian dh/dx, row-major
     */
    void predict(double[] state, int stateDimension, double[] predictedOut, double[] jacobianOut);

    /**
     * The difference a - b of two measurement vectors, with angle elements wrapped into
     * (-pi, pi] so that 359 deg - 1 deg is -2 deg.
     *
     * @param a the first m-element vector (for example z)
     * @param b the second m-element vector (for example h(x))
     * @param residualOut receives a - b; may be the same array as {@code a} or {@code b}
     */
    void residual(double[] a, double[] b, double[] residualOut);

    /**
     * Writes the measurement noise covariance R.
     *
     * @param noiseOut receives the m x m covariance, row-major
     */
    void noise(double[] noiseOut);
}
