package io.vigil.fusion.filter;

import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;

/**
 * A recursive Gaussian estimator: predicts a mean and covariance through a motion model and
 * updates them with a measurement. The extended and unscented Kalman filters implement it,
 * and the interacting multiple model filter runs one per mode.
 *
 * <p>The filter holds no target state: the caller (a track) owns the state vector and its
 * covariance, flat row-major, and the filter works on them in place with its own
 * preallocated workspace. An instance serves one thread and allocates nothing per call.
 */
public interface GaussianFilter {

    /**
     * Predicts the state and covariance over a time step.
     *
     * @param motion the motion model; its dimension n is the state's
     * @param state the n-element state, replaced by the prediction
     * @param covariance the n x n covariance, row-major, replaced by the prediction
     * @param dtSeconds the time step, seconds (may be negative)
     */
    void predict(MotionModel motion, double[] state, double[] covariance, double dtSeconds);

    /**
     * Updates the state and covariance with a measurement.
     *
     * @param measurement the measurement, configured for this plot
     * @param state the n-element state, replaced by the posterior
     * @param covariance the n x n covariance, row-major, replaced by the posterior
     * @param stateDimension n
     * @return the normalised innovation squared (NIS) y^T S^-1 y of this update, which is
     *     chi-square distributed with m degrees of freedom when the filter is consistent
     * @throws CovarianceException if the innovation covariance is not positive definite
     */
    double update(MeasurementModel measurement, double[] state, double[] covariance, int stateDimension);

    /**
     * The normalised innovation squared a measurement would have against a state, without
     * updating anything: the gate test. Equal to what {@link #update} would return.
     *
     * @param measurement the measurement, configured for this plot
     * @param state the n-element state (not modified)
     * @param covariance the n x n covariance, row-major (not modified)
     * @param stateDimension n
     * @return the NIS y^T S^-1 y
     * @throws CovarianceException if the innovation covariance is not positive definite
     */
    double nis(MeasurementModel measurement, double[] state, double[] covariance, int stateDimension);

    /**
     * The natural logarithm of det S, the innovation covariance's determinant, of the last
     * {@link #update} or {@link #nis}: with the NIS it gives the measurement's Gaussian likelihood,
     * ln L = -(NIS + ln det S + m ln 2pi) / 2, which the IMM weighs its modes by.
     *
     * @return ln det S of the last update (in the measurement's units squared, per element)
     */
    double lastInnovationLogDeterminant();
}
