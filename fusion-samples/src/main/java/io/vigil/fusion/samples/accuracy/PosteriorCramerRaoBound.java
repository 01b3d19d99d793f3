package io.vigil.fusion.samples.accuracy;

import static io.vigil.fusion.samples.accuracy.ReentryScenario.H;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.KINEMATIC;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.STEP_SECONDS;
import static io.vigil.fusion.samples.accuracy.ReentryScenario.X;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The posterior Cramer-Rao lower bound of the benchmark with the ballistic coefficient
 * known, by the recursion of Tichavsky, Muravchik and Nehorai (IEEE Trans. SP 46(5), 1998)
 * for additive Gaussian process and measurement noise:
 *
 * <pre>
 * J_{k+1} = D22 - D21 (J_k + D11)^-1 D12,   J_0 = P0^-1,
 * D11 = E[F_k^T Q^-1 F_k],  D12 = -E[F_k^T] Q^-1 = D21^T,
 * D22 = Q^-1 + E[H_{k+1}^T R^-1 H_{k+1}],
 * </pre>
 *
 * with F_k the Jacobian of the RK4 transition at the true state x_k (from the variational
 * equations) and H_{k+1} the range-elevation Jacobian at x_{k+1}; the expectations are sample
 * means over true trajectories. The mean-square error of any estimator of x_k is at least
 * J_k^-1, so the position RMSE is at least sqrt(J_k^-1(x, x) + J_k^-1(h, h)).
 *
 * <p>Strictly the recursion assumes x_0 ~ N(prior mean, P0); the benchmark (as in the paper)
 * starts every true trajectory at one fixed state 2.8 km from the prior mean and takes
 * J_0 = P0^-1 all the same. The measurements overwhelm P0 within a few scans.
 */
final class PosteriorCramerRaoBound {

    private PosteriorCramerRaoBound() {
    }

    /**
     * The bound along the benchmark's scans.
     *
     * @param trajectories true trajectories, each states at steps 0..K (4 elements each)
     * @param maxSubstepSeconds the RK4 substep of the transition, s
     * @return J_k^-1 for k = 0..K, each 4 x 4 row-major (m^2, m^2/s, m^2/s^2)
     */
    static double[][] inverseInformation(final List<double[][]> trajectories, final double maxSubstepSeconds) {
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("need at least one true trajectory");
        }
        final int n = KINEMATIC;
        final int steps = trajectories.get(0).length - 1;
        final PlanarReentryMotion motion = PlanarReentryMotion.knownBeta(
            ReentryScenario.BALLISTIC_COEFFICIENT, ReentryScenario.PROCESS_NOISE_INTENSITY, maxSubstepSeconds);
        final RangeElevationMeasurement radar =
            new RangeElevationMeasurement(ReentryScenario.RANGE_SIGMA_M, ReentryScenario.ELEVATION_SIGMA_RAD);

        final DMatrixRMaj qInverse = new DMatrixRMaj(n, n);
        motion.processNoise(null, STEP_SECONDS, qInverse.data);
        invert(qInverse);
        final DMatrixRMaj rInverse = new DMatrixRMaj(2, 2);
        radar.noise(rInverse.data);
        invert(rInverse);

        final DMatrixRMaj j = DMatrixRMaj.wrap(n, n, ReentryScenario.priorCovariance());
        invert(j);
        final double[][] result = new double[steps + 1][];
        result[0] = inverted(j);

        final DMatrixRMaj f = new DMatrixRMaj(n, n);
        final DMatrixRMaj h = new DMatrixRMaj(2, n);
        final DMatrixRMaj d11 = new DMatrixRMaj(n, n);
        final DMatrixRMaj meanF = new DMatrixRMaj(n, n);
        final DMatrixRMaj measurementInformation = new DMatrixRMaj(n, n);
        final DMatrixRMaj work = new DMatrixRMaj(n, n);
        final DMatrixRMaj work2 = new DMatrixRMaj(n, n);
        final DMatrixRMaj hWork = new DMatrixRMaj(2, n);
        final double[] state = new double[n];
        final double[] predicted = new double[2];
        final double weight = 1.0 / trajectories.size();
        for (int k = 0; k < steps; k++) {
            d11.zero();
            meanF.zero();
            measurementInformation.zero();
            for (final double[][] truth : trajectories) {
                System.arraycopy(truth[k], 0, state, 0, n);
                motion.propagate(state, STEP_SECONDS, f.data);
                // F^T Q^-1 F
                CommonOps_DDRM.multTransA(f, qInverse, work);
                CommonOps_DDRM.mult(work, f, work2);
                CommonOps_DDRM.addEquals(d11, weight, work2);
                CommonOps_DDRM.addEquals(meanF, weight, f);
                // H^T R^-1 H at the true x_{k+1}
                radar.predict(truth[k + 1], n, predicted, h.data);
                CommonOps_DDRM.mult(rInverse, h, hWork);
                CommonOps_DDRM.multTransA(h, hWork, work2);
                CommonOps_DDRM.addEquals(measurementInformation, weight, work2);
            }
            // D12 = -E[F]^T Q^-1; D21 (J + D11)^-1 D12 = Q^-1 E[F] (J + D11)^-1 E[F]^T Q^-1.
            final DMatrixRMaj d21 = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(qInverse, meanF, d21);
            CommonOps_DDRM.add(j, d11, work);
            invert(work);
            CommonOps_DDRM.mult(d21, work, work2);
            final DMatrixRMaj correction = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(work2, d21, correction);
            CommonOps_DDRM.add(qInverse, measurementInformation, j);
            CommonOps_DDRM.subtractEquals(j, correction);
            symmetrise(j);
            result[k + 1] = inverted(j);
        }
        return result;
    }

    /**
     * The position bound from an inverse information matrix.
     *
     * @param inverseInformation J^-1, 4 x 4 row-major
     * @return sqrt(J^-1(x, x) + J^-1(h, h)), m
     */
    static double positionBound(final double[] inverseInformation) {
        return Math.sqrt(inverseInformation[X * KINEMATIC + X] + inverseInformation[H * KINEMATIC + H]);
    }

    private static double[] inverted(final DMatrixRMaj information) {
        final DMatrixRMaj copy = information.copy();
        invert(copy);
        symmetrise(copy);
        return copy.data;
    }

    private static void invert(final DMatrixRMaj matrix) {
        if (!CommonOps_DDRM.invert(matrix)) {
            throw new IllegalStateException("singular matrix in the bound recursion");
        }
    }

    private static void symmetrise(final DMatrixRMaj matrix) {
        final int n = matrix.numRows;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                final double mean = 0.5 * (matrix.get(a, b) + matrix.get(b, a));
                matrix.set(a, b, mean);
                matrix.set(b, a, mean);
            }
        }
    }
}
