package io.vigil.fusion.filter;

import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;

/**
 * Extended Kalman filter with the Joseph-form covariance update.
 *
 * <p>Predict: x = f(x, dt), P = F P F^T + Q, with F the motion model's state-transition
 * matrix along the propagated path and Q its process noise. Update: innovation
 * y = z - h(x) (angles wrapped by the measurement model), S = H P H^T + R,
 * K = P H^T S^-1 (through a Cholesky solve, never an explicit inverse), x = x + K y and
 * P = (I - K H) P (I - K H)^T + K R K^T. The Joseph form keeps P symmetric positive definite
 * for any gain, also when rounding makes K slightly suboptimal, where the short form
 * (I - K H) P loses symmetry and can lose definiteness (Bar-Shalom, Li and Kirubarajan
 * 2001, section 5.2.3). Every covariance it writes is exactly symmetric.
 *
 * <p>Work arrays are preallocated for the largest state and measurement the filter will
 * see, and the matrix products are {@link DenseKernels} loops (faster than EJML's general
 * operations at these sizes; tested against EJML); nothing is allocated per call (tested).
 * Not thread-safe: one instance per thread.
 */
public final class ExtendedKalmanFilter implements GaussianFilter {

    private final int maxState;
    private final int maxMeasurement;
    private final double[] transition;
    private final double[] noise;
    private final double[] work;
    private final double[] hp;
    private final double[] jacobian;
    private final double[] measurementNoise;
    private final double[] innovationCovariance;
    private final double[] factor;
    private final double[] gainTransposed;
    private final double[] gainTimesNoise;
    private final double[] z;
    private final double[] predicted;
    private final double[] innovation;
    private final double[] whitened;
    private double lastDeterminant = Double.NaN;

    /**
     * Creates a filter with workspace for states and measurements up to the given sizes.
     *
     * @param maxStateDimension the largest state dimension n it will be given
     * @param maxMeasurementDimension the largest measurement dimension m it will be given
     */
    public ExtendedKalmanFilter(final int maxStateDimension, final int maxMeasurementDimension) {
        if (maxStateDimension < 1 || maxMeasurementDimension < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got state " + maxStateDimension
                + " and measurement " + maxMeasurementDimension);
        }
        this.maxState = maxStateDimension;
        this.maxMeasurement = maxMeasurementDimension;
        final int n = maxStateDimension;
        final int m = maxMeasurementDimension;
        transition = new double[n * n];
        noise = new double[n * n];
        work = new double[n * n];
        hp = new double[m * n];
        jacobian = new double[m * n];
        measurementNoise = new double[m * m];
        innovationCovariance = new double[m * m];
        factor = new double[m * m];
        gainTransposed = new double[m * n];
        gainTimesNoise = new double[n * m];
        z = new double[m];
        predicted = new double[m];
        innovation = new double[m];
        whitened = new double[m];
    }

    @Override
    public void predict(final MotionModel motion, final double[] state, final double[] covariance, final double dtSeconds) {
        final int n = motion.dimension();
        checkState(n);
        // Q is evaluated at the state the step starts from.
        motion.processNoise(state, dtSeconds, noise);
        motion.propagate(state, dtSeconds, transition);
        motion.propagateCovariance(dtSeconds, transition, covariance, noise, work);
    }

    @Override
    public double nis(
        final MeasurementModel measurement, final double[] state, final double[] covariance, final int stateDimension) {
        return innovate(measurement, state, covariance, stateDimension, false);
    }

    @Override
    public double update(
        final MeasurementModel measurement, final double[] state, final double[] covariance, final int stateDimension) {
        final int n = stateDimension;
        final int m = measurement.dimension();
        final double nis = innovate(measurement, state, covariance, n, true);

        DenseKernels.addGainTimes(gainTransposed, innovation, state, m, n);

        // Joseph form, P = A P A^T + K R K^T with A = I - K H, evaluated as
        // A P = P - K (H P) and A P A^T + K R K^T = A P - (A P H^T - K R) K^T: the same
        // expression, valid for any gain, in O(n^2 m) instead of O(n^3) operations.
        final double[] ap = work;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double khp = 0.0;
                for (int t = 0; t < m; t++) {
                    khp += gainTransposed[t * n + i] * hp[t * n + j];
                }
                ap[i * n + j] = covariance[i * n + j] - khp;
            }
        }
        final double[] d = gainTimesNoise;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < m; t++) {
                double aph = 0.0;
                for (int j = 0; j < n; j++) {
                    aph += ap[i * n + j] * jacobian[t * n + j];
                }
                double kr = 0.0;
                for (int u = 0; u < m; u++) {
                    kr += gainTransposed[u * n + i] * measurementNoise[u * m + t];
                }
                d[i * m + t] = aph - kr;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0.0;
                for (int t = 0; t < m; t++) {
                    sum += d[i * m + t] * gainTransposed[t * n + j];
                }
                final double value = ap[i * n + j] - sum;
                covariance[i * n + j] = value;
                covariance[j * n + i] = value;
            }
        }
        return nis;
    }

    /**
     * Innovation, its covariance S (factored), K^T and the NIS; leaves state and
     * covariance unchanged. The fields it fills are what update() goes on with; the gain is solved only
     * when {@code withGain} (a gate test needs the NIS alone).
     */
    private double innovate(
        final MeasurementModel measurement, final double[] state, final double[] covariance, final int n,
        final boolean withGain) {
        final int m = measurement.dimension();
        checkState(n);
        if (m > maxMeasurement) {
            throw new IllegalArgumentException(
                "measurement dimension " + m + " exceeds this filter's maximum " + maxMeasurement);
        }
        measurement.measurement(z);
        measurement.predict(state, n, predicted, jacobian);
        measurement.residual(z, predicted, innovation);
        measurement.noise(measurementNoise);

        // H P (kept for the Joseph update, and solved into K^T below), then S = H P H^T + R.
        DenseKernels.multiply(jacobian, covariance, hp, m, n, n);
        DenseKernels.multiplyTransposeSymmetric(hp, jacobian, measurementNoise, innovationCovariance, m, n);
        final double determinant = DenseKernels.cholesky(innovationCovariance, factor, m);
        if (Double.isNaN(determinant)) {
            throw new CovarianceException("innovation covariance S is not positive definite");
        }
        lastDeterminant = determinant;
        // K^T = S^-1 H P (S and P symmetric), and S^-1 y for the NIS.
        if (withGain) {
            System.arraycopy(hp, 0, gainTransposed, 0, m * n);
            DenseKernels.solveInPlace(factor, gainTransposed, m, n);
        }
        return DenseKernels.mahalanobisSquared(factor, innovation, whitened, m);
    }

    @Override
    public double lastInnovationLogDeterminant() {
        return StrictMath.log(lastDeterminant);
    }

    private void checkState(final int n) {
        if (n > maxState) {
            throw new IllegalArgumentException("state dimension " + n + " exceeds this filter's maximum " + maxState);
        }
    }
}
