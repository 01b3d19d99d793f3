package io.vigil.fusion.filter;

import io.vigil.fusion.math.DenseKernels;
import io.vigil.fusion.measurement.MeasurementModel;
import io.vigil.fusion.motion.MotionModel;

/**
 * Unscented Kalman filter with scaled sigma points (Julier 2002; Wan and van der Merwe
 * 2000).
 *
 * <p>With lambda = alpha^2 (n + kappa) - n, the 2n + 1 sigma points are x and
 * x +- sqrt(n + lambda) L_i, L the lower Cholesky factor of P; mean weights
 * W0 = lambda / (n + lambda), Wi = 1 / (2 (n + lambda)), and covariance weight
 * W0 + 1 - alpha^2 + beta for the centre. Predict propagates every point through the motion
 * model and adds Q (evaluated at the prior mean). Update redraws the points from the
 * prediction, passes them through the measurement model, and forms the predicted
 * measurement as h(X0) plus the weighted mean of the wrapped residuals h(Xi) - h(X0), so that
 * azimuths straddling north average correctly; then K = Pxz S^-1 (Cholesky solve),
 * x = x + K y and P = P - K S K^T, symmetrised.
 *
 * <p>Defaults alpha = 1, beta = 2, kappa = 0: every weight is non-negative (W0 = 0, the
 * symmetric set), which keeps the predicted covariance positive definite; small alpha makes
 * W0 large and negative and is not needed for the mild non-linearity of radar tracking.
 *
 * <p>Allocation-free after construction; one instance per thread.
 */
public final class UnscentedKalmanFilter implements GaussianFilter {

    /** Default spread of the sigma points. */
    public static final double DEFAULT_ALPHA = 1.0;
    /** Default prior-distribution parameter (2 is optimal for a Gaussian). */
    public static final double DEFAULT_BETA = 2.0;
    /** Default secondary scaling parameter. */
    public static final double DEFAULT_KAPPA = 0.0;

    private final int maxState;
    private final int maxMeasurement;
    private final double alpha;
    private final double beta;
    private final double kappa;
    private final double[] sigma;
    private final double[] factor;
    private final double[] mean;
    private final double[] noise;
    private final double[] predictedMeasurements;
    private final double[] residuals;
    private final double[] z;
    private final double[] zHat;
    private final double[] y;
    private final double[] kT;
    private final double[] s;
    private final double[] sFactor;
    private final double[] pxzT;
    private final double[] innovation;
    private final double[] whitened;
    private double lastDeterminant = Double.NaN;

    /**
     * Creates a filter with the default sigma-point parameters.
     *
     * @param maxStateDimension the largest state dimension n it will be given
     * @param maxMeasurementDimension the largest measurement dimension m it will be given
     */
    public UnscentedKalmanFilter(final int maxStateDimension, final int maxMeasurementDimension) {
        this(maxStateDimension, maxMeasurementDimension, DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_KAPPA);
    }

    /**
     * Creates a filter.
     *
     * @param maxStateDimension the largest state dimension n it will be given
     * @param maxMeasurementDimension the largest measurement dimension m it will be given
     * @param alpha spread of the sigma points, in (0, 1]
     * @param beta prior-distribution parameter, >= 0
     * @param kappa secondary scaling, with n + kappa > 0
     */
    public UnscentedKalmanFilter(
        final int maxStateDimension, final int maxMeasurementDimension,
        final double alpha, final double beta, final double kappa) {
        if (maxStateDimension < 1 || maxMeasurementDimension < 1) {
            throw new IllegalArgumentException("dimensions must be positive, got state " + maxStateDimension
                + " and measurement " + maxMeasurementDimension);
        }
        if (!(alpha > 0.0 && alpha <= 1.0) || !(beta >= 0.0)) {
            throw new IllegalArgumentException("need 0 < alpha <= 1 and beta >= 0, got " + alpha + " and " + beta);
        }
        this.maxState = maxStateDimension;
        this.maxMeasurement = maxMeasurementDimension;
        this.alpha = alpha;
        this.beta = beta;
        this.kappa = kappa;
        final int n = maxStateDimension;
        final int m = maxMeasurementDimension;
        final int points = 2 * n + 1;
        sigma = new double[points * n];
        factor = new double[n * n];
        mean = new double[n];
        noise = new double[n * n];
        predictedMeasurements = new double[points * m];
        residuals = new double[points * m];
        z = new double[m];
        zHat = new double[m];
        y = new double[m];
        s = new double[m * m];
        sFactor = new double[m * m];
        pxzT = new double[m * n];
        kT = new double[m * n];
        innovation = new double[m];
        whitened = new double[m];
    }

    @Override
    public void predict(final MotionModel motion, final double[] state, final double[] covariance, final double dtSeconds) {
        final int n = motion.dimension();
        checkState(n);
        final double lambda = lambda(n);
        motion.processNoise(state, dtSeconds, noise);
        drawSigmaPoints(state, covariance, n, lambda);
        final int points = 2 * n + 1;
        for (int i = 0; i < points; i++) {
            // Each point is propagated in place in its row of the sigma array.
            propagateRow(motion, i, n, dtSeconds);
        }
        final double w0 = lambda / (n + lambda);
        final double wi = 0.5 / (n + lambda);
        final double wc0 = w0 + 1.0 - alpha * alpha + beta;
        for (int j = 0; j < n; j++) {
            double sum = w0 * sigma[j];
            for (int i = 1; i < points; i++) {
                sum += wi * sigma[i * n + j];
            }
            mean[j] = sum;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double sum = wc0 * (sigma[a] - mean[a]) * (sigma[b] - mean[b]);
                for (int i = 1; i < points; i++) {
                    sum += wi * (sigma[i * n + a] - mean[a]) * (sigma[i * n + b] - mean[b]);
                }
                sum += 0.5 * (noise[a * n + b] + noise[b * n + a]);
                covariance[a * n + b] = sum;
                covariance[b * n + a] = sum;
            }
        }
        System.arraycopy(mean, 0, state, 0, n);
    }

    private void propagateRow(final MotionModel motion, final int i, final int n, final double dtSeconds) {
        System.arraycopy(sigma, i * n, mean, 0, n);
        motion.propagate(mean, dtSeconds, null);
        System.arraycopy(mean, 0, sigma, i * n, n);
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
        DenseKernels.addGainTimes(kT, innovation, state, m, n);
        // P = P - K S K^T = P - (Pxz S^-1) Pxz^T = P - K Pxz^T.
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double sum = 0.0;
                for (int j = 0; j < m; j++) {
                    sum += kT[j * n + a] * pxzT[j * n + b];
                }
                final double value = 0.5 * (covariance[a * n + b] + covariance[b * n + a]) - sum;
                covariance[a * n + b] = value;
                covariance[b * n + a] = value;
            }
        }
        return nis;
    }

    /**
     * Sigma points, predicted measurement, S (factored), Pxz, K^T and the NIS; leaves state
     * and covariance unchanged. The fields it fills are what update() goes on with; the gain is solved only
     * when {@code withGain} (a gate test needs the NIS alone).
     */
    private double innovate(
        final MeasurementModel measurement, final double[] state, final double[] covariance, final int stateDimension,
        final boolean withGain) {
        final int n = stateDimension;
        final int m = measurement.dimension();
        checkState(n);
        if (m > maxMeasurement) {
            throw new IllegalArgumentException(
                "measurement dimension " + m + " exceeds this filter's maximum " + maxMeasurement);
        }
        final double lambda = lambda(n);
        final int points = 2 * n + 1;
        final double w0 = lambda / (n + lambda);
        final double wi = 0.5 / (n + lambda);
        final double wc0 = w0 + 1.0 - alpha * alpha + beta;
        drawSigmaPoints(state, covariance, n, lambda);
        for (int i = 0; i < points; i++) {
            System.arraycopy(sigma, i * n, mean, 0, n);
            measurement.predict(mean, n, zHat, null);
            System.arraycopy(zHat, 0, predictedMeasurements, i * m, m);
        }
        // Predicted measurement: h(X0) plus the weighted mean of wrapped deviations from it.
        System.arraycopy(predictedMeasurements, 0, zHat, 0, m);
        java.util.Arrays.fill(y, 0, m, 0.0);
        for (int i = 1; i < points; i++) {
            System.arraycopy(predictedMeasurements, i * m, z, 0, m);
            measurement.residual(z, zHat, z);
            for (int j = 0; j < m; j++) {
                y[j] += wi * z[j];
            }
        }
        for (int j = 0; j < m; j++) {
            zHat[j] += y[j];
        }
        for (int i = 0; i < points; i++) {
            System.arraycopy(predictedMeasurements, i * m, z, 0, m);
            measurement.residual(z, zHat, z);
            System.arraycopy(z, 0, residuals, i * m, m);
        }
        // S = sum Wc r r^T + R and Pxz^T = sum Wc r (X - x)^T.
        measurement.noise(s);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double sum = wc0 * residuals[a] * residuals[b];
                for (int i = 1; i < points; i++) {
                    sum += wi * residuals[i * m + a] * residuals[i * m + b];
                }
                s[a * m + b] += sum;
            }
            for (int b = 0; b < n; b++) {
                double sum = wc0 * residuals[a] * (sigma[b] - state[b]);
                for (int i = 1; i < points; i++) {
                    sum += wi * residuals[i * m + a] * (sigma[i * n + b] - state[b]);
                }
                pxzT[a * n + b] = sum;
            }
        }
        Symmetry.symmetrise(s, m, s);
        measurement.measurement(z);
        measurement.residual(z, zHat, innovation);
        final double determinant = DenseKernels.cholesky(s, sFactor, m);
        if (Double.isNaN(determinant)) {
            throw new CovarianceException("innovation covariance S is not positive definite");
        }
        lastDeterminant = determinant;
        // K^T = S^-1 Pxz^T, and S^-1 y for the NIS.
        if (withGain) {
            System.arraycopy(pxzT, 0, kT, 0, m * n);
            DenseKernels.solveInPlace(sFactor, kT, m, n);
        }
        return DenseKernels.mahalanobisSquared(sFactor, innovation, whitened, m);
    }

    private double lambda(final int n) {
        return alpha * alpha * (n + kappa) - n;
    }

    /** Fills the sigma array: row 0 the mean, rows 1..n and n+1..2n the mean +- scaled factor columns. */
    private void drawSigmaPoints(final double[] state, final double[] covariance, final int n, final double lambda) {
        if (Double.isNaN(DenseKernels.cholesky(covariance, factor, n))) {
            throw new CovarianceException("state covariance is not positive definite");
        }
        final double scale = Math.sqrt(n + lambda);
        System.arraycopy(state, 0, sigma, 0, n);
        for (int c = 0; c < n; c++) {
            System.arraycopy(state, 0, sigma, (1 + c) * n, n);
            System.arraycopy(state, 0, sigma, (1 + n + c) * n, n);
            // Column c of the lower-triangular factor has its non-zeros from row c down.
            for (int j = c; j < n; j++) {
                final double offset = scale * factor[j * n + c];
                sigma[(1 + c) * n + j] = state[j] + offset;
                sigma[(1 + n + c) * n + j] = state[j] - offset;
            }
        }
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
